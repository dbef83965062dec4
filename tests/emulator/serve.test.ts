import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FAULTS } from '../../src/emulator/index.js';
import { BIN, ROOT } from '../helpers/runCli.js';
import { basic, schemaIssues, SID } from './api.js';

interface Served {
  child: ChildProcessWithoutNullStreams;
  started: any;
  stderr: string[];
}

/** Starts the real `apiconform serve` (bin → dist); resolves with its parsed first stdout line. */
async function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return { child, started: JSON.parse(line), stderr };
}

/** Sends the signal and resolves with the exit code (null if the signal killed it). */
async function stop({ child }: Served, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill(signal);
  return ((await exited) as [number | null])[0];
}

/** `apiconform serve …` in this process, output captured. */
async function serveInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['serve', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: ROOT });
  return { code, stdout, stderr };
}

// Two real processes, started together (each start costs a node boot and a spec load).
let plain: Served;
let faulty: Served;
beforeAll(async () => {
  [plain, faulty] = await Promise.all([
    serve(['--port', '0', '--seed', '4']),
    serve(['--seed', '4', '--fault', 'wrong_sid_prefix', '--host', '127.0.0.1']),
  ]);
});
afterAll(() => {
  for (const { child } of [plain, faulty]) if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('apiconform serve (a real process)', () => {
  it('prints one JSON line, answers a create that validates against the spec, and exits 0 on SIGTERM', async () => {
    const { started } = plain;
    expect(Object.keys(started)).toEqual(['baseUrl', 'accountSid', 'authToken', 'fixtures', 'baseUrls']);
    expect(started.baseUrls).toEqual({
      chat_v2: `${started.baseUrl}/chat`,
      conversations_v1: `${started.baseUrl}/conversations`,
      proxy_v1: `${started.baseUrl}/proxy`,
    });
    expect(started.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(started.accountSid).toMatch(SID('AC'));
    expect(started.authToken).toMatch(/^[0-9a-f]{32}$/u);
    expect(started.fixtures.chat_v2.ChannelUniqueName).toBe('general');

    const { ServiceSid, ChannelSid } = started.fixtures.chat_v2;
    const reply = await request(`${started.baseUrl}/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members`, {
      method: 'POST',
      headers: { authorization: basic(started.accountSid, started.authToken), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Identity=alice',
    });
    const body = await reply.body.json();
    expect(reply.statusCode).toBe(201);
    expect(body).toMatchObject({ identity: 'alice', channel_sid: ChannelSid, account_sid: started.accountSid });
    expect(await schemaIssues('CreateMember', 201, body)).toEqual([]);

    expect(await stop(plain, 'SIGTERM')).toBe(0);
    expect(plain.stderr.join('')).toBe('');
  });

  it('names its fault, has the same SIDs for the same seed, and exits 0 on SIGINT', async () => {
    expect(faulty.started.fault).toBe('wrong_sid_prefix');
    const { fault: _fault, baseUrl, baseUrls: _urls, ...sameSeed } = faulty.started;
    const { baseUrl: plainBaseUrl, baseUrls: _plainUrls, ...plainSeed } = plain.started;
    expect(baseUrl).not.toBe(plainBaseUrl);
    expect(sameSeed).toEqual(plainSeed);
    expect(await stop(faulty, 'SIGINT')).toBe(0);
    expect(faulty.stderr.join('')).toBe('');
  });
});

describe('apiconform serve --spec (a real process)', () => {
  it('serves a file and a directory together: baseUrls names each description, unique paths answer at the root too', async () => {
    const served = await serve(['--spec', 'tests/fixtures/specs/minimal.yaml', '--spec', 'specs', '--seed', '6']);
    try {
      const { started } = served;
      expect(Object.keys(started)).toEqual(['baseUrl', 'accountSid', 'authToken', 'fixtures', 'baseUrls']);
      expect(started.baseUrls).toEqual({
        minimal: `${started.baseUrl}/minimal`,
        chat_v2: `${started.baseUrl}/chat`,
        conversations_v1: `${started.baseUrl}/conversations`,
        proxy_v1: `${started.baseUrl}/proxy`,
      });
      const authorization = basic(started.accountSid, started.authToken);
      // Things have no create: an id that is no TH SID answers for any value; a TH SID only if seeded (it is not).
      for (const base of [started.baseUrls.minimal, started.baseUrl]) {
        const reply = await request(`${base}/v1/Things/anything`, { headers: { authorization } });
        expect(reply.statusCode).toBe(200);
        expect(await reply.body.json()).toEqual({ sid: `TH${'0'.repeat(32)}` });
        const unknown = await request(`${base}/v1/Things/TH${'a'.repeat(32)}`, { headers: { authorization } });
        expect(unknown.statusCode).toBe(404);
        expect(((await unknown.body.json()) as any).code).toBe(20404);
      }
      const { ServiceSid, SessionSid } = started.fixtures.proxy_v1;
      const listed = await request(`${started.baseUrls.proxy_v1}/v1/Services/${ServiceSid}/Sessions/${SessionSid}/Participants`, { headers: { authorization } });
      expect(listed.statusCode).toBe(200);
      expect(((await listed.body.json()) as any).meta.url).toMatch(new RegExp(`^${started.baseUrl}/proxy/v1/Services/${ServiceSid}/`, 'u'));
    } finally {
      expect(await stop(served, 'SIGTERM')).toBe(0);
    }
  });

  it('a --spec that is missing or not OpenAPI is one line naming it, exit 2', async () => {
    const missing = await serveInProcess(['--spec', 'nowhere/chat_v2.json']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'apiconform serve: nowhere/chat_v2.json: no such file or directory\n' });
    const notOpenApi = await serveInProcess(['--spec', 'package.json']);
    expect(notOpenApi).toEqual({ code: 2, stdout: '', stderr: 'apiconform serve: package.json: no "openapi" field; expected OpenAPI 3.0.x or 3.1.x\n' });
  });
});

describe('apiconform serve (options)', () => {
  it('--list-faults prints every fault with its check id', async () => {
    const result = await serveInProcess(['--list-faults']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(FAULTS.length);
    expect(lines[0]).toMatch(/^create_returns_200 +status_code +a successful create answers 200 instead of 201$/u);
  });

  it('--help prints the usage', async () => {
    const result = await serveInProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: apiconform serve \[--spec FILE\|DIR\]\.\.\. \[--port N\] \[--host ADDRESS\] \[--seed N\] \[--fault NAME\] \[--list-faults\]\n/u);
    expect(result.stdout).toContain('--spec FILE|DIR      an OpenAPI description, or a directory of them (repeatable; default: the bundled specs)');
  });

  it('usage errors exit 2 with one line, and leave no signal listener behind', async () => {
    const listeners = process.listenerCount('SIGTERM');
    const unknown = await serveInProcess(['--fault', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^apiconform serve: unknown fault "nope"; known: create_returns_200, .*bad_cors_header_type\n$/u);
    const port = await serveInProcess(['--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toBe('apiconform serve: --port must be a whole number from 0 to 65535, got "70000"\n');

    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const busyPort = (taken.address() as { port: number }).port;
    const busy = await serveInProcess(['--port', String(busyPort)]);
    taken.close();
    expect(busy.code).toBe(2);
    expect(busy.stderr).toBe(`apiconform serve: cannot listen on 127.0.0.1:${busyPort}: EADDRINUSE\n`);
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
  });
});
