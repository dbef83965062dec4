// A target that answers 404 to everything (a wrong base URL or path prefix): one hint line before the
// failures, said once. A real server on loopback, the real CLI.
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFoundHint } from '../../src/run/notFoundHint.js';
import type { FailureReport } from '../../src/run/report.js';
import { runCli } from '../helpers/runCli.js';
import { credentialsEnv } from '../hostile/support/secrets.js';

const ACCOUNT = { accountSid: `AC${'a'.repeat(32)}`, authToken: '0123456789abcdef0123456789abcdef' };
const FIXTURES = {
  chat_v2: { ServiceSid: `IS${'0'.repeat(32)}`, ChannelSid: `CH${'0'.repeat(32)}`, ChannelUniqueName: 'general' },
  conversations_v1: { ChatServiceSid: `IS${'0'.repeat(32)}`, ConversationSid: `CH${'0'.repeat(32)}` },
  proxy_v1: { ServiceSid: `KS${'0'.repeat(32)}`, SessionSid: `KC${'0'.repeat(32)}` },
};
const NOT_FOUND = '{"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}';

let server: Server;
let dir: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => res.writeHead(404, { 'content-type': 'application/json' }).end(NOT_FOUND));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  dir = await mkdtemp(path.join(tmpdir(), 'apiconform-404-'));
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ fixtures: FIXTURES }));
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a target that answers 404 to every request', () => {
  it('gets one hint line between the matrix and the failures', async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await runCli(['run', '--base-url', base, '--config', path.join(dir, 'config.json'), '--runs', '2', '--seed', '1', '-q'], {
      env: credentialsEnv(ACCOUNT),
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const hints = lines.filter((line) => line.startsWith('hint:'));
    expect(hints).toEqual([
      expect.stringMatching(
        new RegExp(`^hint: most requests got 404 \\((\\d+) of \\1 failures\\): check the base URL / path prefix and the fixtures; e\\.g\\. GET ${base}/v2/Services/IS0+/Channels/CH0+/Members`, 'u'),
      ),
    ]);
    const at = lines.indexOf(hints[0]!);
    expect(lines.slice(0, at).some((line) => line.startsWith('  ListMember '))).toBe(true);
    expect(lines.slice(0, at).some((line) => /· does not apply$/u.test(line))).toBe(true);
    expect(lines.slice(0, at).some((line) => /^coverage: 14 of 14 operations tested/u.test(line))).toBe(true);
    expect(lines.slice(0, at).some((line) => /^\d+\) /u.test(line))).toBe(false);
    expect(lines[at + 2]).toMatch(/^1\) status_code · /u);
  });
});

const failure = (status: number | null): FailureReport => ({
  spec: 'chat_v2',
  operation: 'FetchMember',
  check: 'lifecycle',
  kind: 'status',
  message: 'm',
  request: { method: 'GET', url: 'http://x/v2/a', headers: {} },
  response: status === null ? null : { status, headers: {}, body: '' },
  curl: 'curl',
  seed: 1,
});

describe('notFoundHint', () => {
  it.each([
    ['four 404s: too few to be a pattern', [404, 404, 404, 404], false],
    ['five of six answers 404', [404, 404, 404, 404, 404, 500], true],
    ['five of seven (71%): a check\'s own 404s among others', [404, 404, 404, 404, 404, 500, 201], false],
    ['unanswered requests do not count', [404, 404, 404, 404, 404, null, null], true],
  ] as const)('%s', (_name, statuses, hinted) => {
    const hint = notFoundHint({ failures: statuses.map(failure) });
    expect(hint === undefined ? false : hint.startsWith('hint: most requests got 404 (5 of ')).toBe(hinted);
  });
});
