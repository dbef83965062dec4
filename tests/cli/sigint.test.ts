// Ctrl-C in the middle of a run: the run deletes what it created (and nothing else) and exits 130.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../emulator/api.js';
import { startCli } from '../hostile/support/cliProcess.js';
import { startHostile } from '../hostile/support/hostileServer.js';
import { credentialsEnv, expectNoSecrets } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { fixturesConfig, preload, snapshot } from './support/accountData.js';

let api: Api;
let workspace: Workspace;
beforeAll(async () => {
  api = await startApi({ seed: 91 });
  workspace = await Workspace.create('sigint');
});
afterAll(async () => {
  await api.emulator.close();
  await workspace.dispose();
});

const itemCount = (lists: Record<string, unknown[]>): number => Object.values(lists).reduce((sum, items) => sum + items.length, 0);

describe('SIGINT during a run', () => {
  it('deletes what the run created, leaves what the account held, exits 130', async () => {
    await preload(api);
    const before = await snapshot(api);
    const config = await workspace.write('config.json', fixturesConfig(api, ['chat_v2']));
    const account = { accountSid: api.emulator.accountSid, authToken: api.emulator.authToken };
    // The run goes through a recording proxy, so that a failure can show what happened to a left-over SID.
    const proxy = await startHostile((_req, _res, tools) => tools.forward(), api.emulator.baseUrl);
    const cli = startCli(
      [
        'run', '--base-url', proxy.url, '--config', config, '--spec', 'specs/chat_v2.yaml',
        '--operations', 'CreateMember,UpdateMember,DeleteMember', '--runs', '5000', '--seed', '3', ...workspace.reportArgs('sigint'),
      ],
      { env: credentialsEnv(account), killAfterMs: 240_000 },
    );
    // Signal once the run has made something of its own, and no sooner than 1.5 s after it started
    // (a loaded machine may take long to get there: the bound only ends a hung run's wait).
    let madeAtSignal = 0;
    while (performance.now() - cli.startedAt < 120_000 && cli.child.exitCode === null) {
      madeAtSignal = itemCount(await snapshot(api)) - itemCount(before);
      if (madeAtSignal > 0 && performance.now() - cli.startedAt >= 1500) break;
      await sleep(100);
    }
    const deletesBefore = api.emulator.stats.requestsByMethod.DELETE ?? 0;
    const signalledAt = performance.now();
    cli.child.kill('SIGINT');
    const exit = await cli.exited;
    const after = await snapshot(api);
    await proxy.close();
    const held = new Set(Object.values(before).flat().map((item) => (item as { sid: string }).sid));
    const leftOver = Object.values(after).flat().map((item) => (item as { sid: string }).sid).filter((sid) => !held.has(sid));
    const history = leftOver.map((sid) =>
      [sid, ...proxy.seen.filter((s) => s.url.includes(sid)).map((s) => `  ${Math.round(s.at - signalledAt)} ms after SIGINT: ${s.method} ${s.url}`)].join('\n'),
    );
    console.log(
      `SIGINT at ${Math.round(signalledAt - cli.startedAt)} ms with ${madeAtSignal} resource(s) made; ` +
        `exit ${exit.code} (signal ${exit.signal}) ${Math.round(exit.endedAt - signalledAt)} ms later; ` +
        `${itemCount(after) - itemCount(before)} left over; stderr: ${exit.stderr.trim()}; stdout ends: ${exit.stdout.slice(-300).trim()}`,
    );
    expect(madeAtSignal).toBeGreaterThan(0);
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(130);
    // Ended by the signal (the run had 5000 runs to go), however slowly the machine cleans up.
    expect(exit.endedAt - signalledAt).toBeLessThan(120_000);
    expect(leftOver, `left over, with the requests that named them:\n${history.join('\n')}`).toEqual([]);
    expect(after).toEqual(before);
    expect((api.emulator.stats.requestsByMethod.DELETE ?? 0) - deletesBefore).toBeGreaterThanOrEqual(madeAtSignal);
    expectNoSecrets(account, {
      stdout: exit.stdout,
      stderr: exit.stderr,
      'JSON report': await workspace.text('sigint.json'),
      'JUnit report': await workspace.text('sigint.xml'),
    });
  }, 300_000);
});
