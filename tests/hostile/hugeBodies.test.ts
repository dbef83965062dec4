// A target that answers every API request of a whole run (three specs, every operation) with a
// 50 MB body: the harness reads each up to its 1 MiB cap, keeps only the start of what it read, and
// stays under 300 MB peak RSS at the default concurrency.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { runCliProcess } from './support/cliProcess.js';
import { onApi, startHostile, type HostileServer } from './support/hostileServer.js';
import { credentialsEnv, expectNoSecrets } from './support/secrets.js';
import { Workspace } from './support/workspace.js';

const MIB = 1024 * 1024;
const SIZE = 50 * MIB;
const piece = Buffer.alloc(64 * 1024, 'a');

/** 50 MB of `{"pad":"aaa…"}`, with or without a Content-Length, written as fast as the client reads. */
const huge =
  (declared: boolean, streamed: { requests: number }) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    streamed.requests += 1;
    req.resume();
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(SIZE) } : {}) });
    res.write('{"pad":"');
    let left = SIZE - 10;
    const pump = (): void => {
      while (left > 0) {
        const chunk = left >= piece.length ? piece : piece.subarray(0, left);
        left -= chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('"}');
    };
    res.on('close', () => (left = 0));
    pump();
  };

let emulator: Emulator;
let workspace: Workspace;
let config: string;
const servers: HostileServer[] = [];
beforeAll(async () => {
  emulator = await startEmulator({ seed: 4343 });
  workspace = await Workspace.create('huge-bodies');
  config = await workspace.write('config.json', { fixtures: emulator.fixtures });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await emulator.close();
  await workspace.dispose();
});

describe('a target that answers everything with 50 MB', () => {
  it.each([
    { name: 'with Content-Length', declared: true },
    { name: 'chunked', declared: false },
  ])('$name: the whole suite runs under 300 MB peak RSS; failures show at most 2000 characters of a body', async ({ name, declared }) => {
    const streamed = { requests: 0 };
    const server = await startHostile(onApi(huge(declared, streamed)), emulator.baseUrl);
    servers.push(server);
    const account = { accountSid: emulator.accountSid, authToken: emulator.authToken };
    const tag = name.replace(/\W+/gu, '-');
    const outcome = await runCliProcess(
      ['run', '--base-url', server.url, '--config', config, '--runs', '10', '--seed', '1', '-q', ...workspace.reportArgs(tag)],
      { env: credentialsEnv(account), killAfterMs: 240_000 },
    );
    console.log(`50 MB bodies, ${name}: exit ${outcome.code}, ${streamed.requests} API requests, CLI peak RSS ${outcome.peakRssMb?.toFixed(0)} MiB`);
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(streamed.requests).toBeGreaterThan(100);
    expect(outcome.peakRssMb).toBeDefined();
    expect(outcome.peakRssMb!).toBeLessThan(300);
    const report = await workspace.report(tag);
    expect(report.failures.some((failure) => failure.check === 'content_type')).toBe(true);
    expect(Math.max(...report.failures.map((failure) => failure.response?.body.length ?? 0))).toBeLessThanOrEqual(2000);
    expectNoSecrets(account, { stdout: outcome.stdout, stderr: outcome.stderr, report: JSON.stringify(report) });
  }, 300_000);
});
