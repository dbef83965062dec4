import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { basicAuth } from '../../src/http/basicAuth.js';
import { redact } from '../../src/http/redact.js';
import { redactRequest } from '../../src/http/redactRequest.js';
import { secretsOf } from '../../src/http/secretsOf.js';
import { shellQuote } from '../../src/http/shellQuote.js';
import { toCurl } from '../../src/http/toCurl.js';
import type { HttpRequest } from '../../src/http/types.js';

const auth = { accountSid: `AC${'0'.repeat(32)}`, authToken: 'sup3r/s3cret+token=' };
const base64 = basicAuth(auth).slice('Basic '.length);

const request: HttpRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:4010/v2/Services/IS1/Channels/it%27s/Members',
  headers: {
    Authorization: basicAuth(auth),
    Accept: 'application/json',
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Twilio-Webhook-Enabled': 'true',
  },
  body: "Identity=it's+%F0%9F%98%80&Attributes=%7B%7D",
};

/** What the shell makes of a command line's words (printf each word on its own line). */
const shellWords = (command: string): string[] =>
  execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^curl /u, '')}`], { encoding: 'utf8' }).split('\n').slice(0, -1);

describe('toCurl', () => {
  it('writes -u with the account SID and a masked token, -H per header, -d with the encoded body', () => {
    expect(toCurl(request)).toBe(
      `curl -X POST 'http://127.0.0.1:4010/v2/Services/IS1/Channels/it%27s/Members' -u '${auth.accountSid}:***' ` +
        `-H 'Accept: application/json' -H 'Content-Type: application/x-www-form-urlencoded' -H 'X-Twilio-Webhook-Enabled: true' ` +
        `-d 'Identity=it'\\''s+%F0%9F%98%80&Attributes=%7B%7D'`,
    );
  });

  it('quotes every word so that the shell reads it back unchanged', () => {
    expect(shellWords(toCurl(request))).toEqual([
      '-X', 'POST', request.url, '-u', `${auth.accountSid}:***`,
      '-H', 'Accept: application/json', '-H', 'Content-Type: application/x-www-form-urlencoded', '-H', 'X-Twilio-Webhook-Enabled: true',
      '-d', request.body,
    ]);
  });

  it('never shows the token nor the base64 credentials, even when given no secrets', () => {
    for (const curl of [toCurl(request), toCurl(request, [auth.authToken]), toCurl(request, secretsOf(auth))]) {
      expect(curl).not.toContain(auth.authToken);
      expect(curl).not.toContain(encodeURIComponent(auth.authToken));
      expect(curl).not.toContain(base64);
      expect(curl).toContain(`-u '${auth.accountSid}:***'`);
    }
  });

  it('masks a token that leaked into the URL or body when told it is a secret', () => {
    const leaky = { ...request, url: `http://h/x?t=${encodeURIComponent(auth.authToken)}`, body: `Echo=${auth.authToken}` };
    const curl = toCurl(leaky, [auth.authToken]);
    expect(curl).toContain("'http://h/x?t=***'");
    expect(curl).toContain("-d 'Echo=***'");
  });

  it('leaves out -X for a GET and passes a body that starts with @ as --data-raw', () => {
    expect(toCurl({ method: 'GET', url: 'http://h/a', headers: {} })).toBe("curl 'http://h/a'");
    expect(toCurl({ method: 'POST', url: 'http://h/a', headers: {}, body: '@etc/passwd' })).toBe("curl -X POST 'http://h/a' --data-raw '@etc/passwd'");
  });
});

describe('shellQuote', () => {
  it.each(["plain", "it's", "''", "a b\tc\nd", '$HOME `id` "x" \\ !', ''])('%j survives the shell', (text) => {
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(text)}`], { encoding: 'utf8' })).toBe(text);
  });
});

describe('redact', () => {
  it('masks the token as is, percent-encoded, form-encoded and in base64 Basic credentials', () => {
    const text = `token ${auth.authToken} url ${encodeURIComponent(auth.authToken)} form ${new URLSearchParams({ t: auth.authToken })} header ${basicAuth(auth)}`;
    const masked = redact(text, [auth.authToken]);
    expect(masked).toBe(
      `token *** url *** form t=*** header ${basicAuth({ accountSid: auth.accountSid, authToken: '***' })}`,
    );
    expect(masked).not.toContain(base64);
  });

  it('masks a bare base64 sid:token, given the token alone or both (secretsOf)', () => {
    const masked = `x-creds: "${basicAuth({ accountSid: auth.accountSid, authToken: '***' }).slice(6)}"`;
    expect(redact(`x-creds: "${base64}"`, [auth.authToken])).toBe(masked);
    expect(redact(`x-creds: "${base64}"`, secretsOf(auth))).toBe(masked);
  });

  it('ignores empty secrets', () => {
    expect(redact('abc', ['', 'zzz'])).toBe('abc');
  });
});

describe('redactRequest', () => {
  it('keeps the account SID, masks the password and every secret elsewhere', () => {
    const leaky = { ...request, body: `Echo=${auth.authToken}` };
    const safe = redactRequest(leaky, [auth.authToken]);
    expect(safe.headers.Authorization).toBe(basicAuth({ accountSid: auth.accountSid, authToken: '***' }));
    expect(safe.body).toBe('Echo=***');
    expect(safe.url).toBe(request.url);
    expect(JSON.stringify(safe)).not.toContain(auth.authToken);
    expect(JSON.stringify(safe)).not.toContain(base64);
  });
});
