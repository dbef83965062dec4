// A run against an account that already holds data (as a user's real account does): the full suite
// leaves every held resource byte for byte as it was and every list as it was; --read-only sends no
// write at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../emulator/api.js';
import { runCliProcess } from '../hostile/support/cliProcess.js';
import { credentialsEnv, expectNoSecrets } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { fixturesConfig, preload, snapshot, type Held } from './support/accountData.js';

let workspace: Workspace;
const apis: Api[] = [];
beforeAll(async () => {
  workspace = await Workspace.create('safety');
});
afterAll(async () => {
  await Promise.all(apis.map((api) => api.emulator.close()));
  await workspace.dispose();
});

/** An emulator holding the seed data, its config file, and the state before any run. */
async function account(name: string, seed: number) {
  const api = await startApi({ seed });
  apis.push(api);
  const held = await preload(api);
  const lists = await snapshot(api);
  const config = await workspace.write(`${name}.config.json`, fixturesConfig(api));
  const credentials = { accountSid: api.emulator.accountSid, authToken: api.emulator.authToken };
  return { api, held, lists, config, credentials };
}

/** Every held resource, fetched again: its body must be what it was, byte for byte. */
async function expectUnchanged(api: Api, held: readonly Held[]): Promise<void> {
  for (const { path, text } of held) {
    const now = await api.get(path);
    expect(now.status, path).toBe(200);
    expect(now.text, path).toBe(text);
  }
}

describe.concurrent('a run against an account that holds data', () => {
  it('the full suite leaves every held resource and every list exactly as it was', async () => {
    const { api, held, lists, config, credentials } = await account('full', 31);
    const outcome = await runCliProcess(
      ['run', '--base-url', api.emulator.baseUrl, '--config', config, '--runs', '5', '--seed', '8', ...workspace.reportArgs('full')],
      { env: credentialsEnv(credentials), killAfterMs: 240_000 },
    );
    const methods = api.emulator.stats.requestsByMethod;
    console.log(`full suite over held data: exit ${outcome.code} in ${outcome.ms} ms; emulator saw ${JSON.stringify(methods)}`);
    expect(outcome.code, `${outcome.stderr}\n${outcome.stdout.slice(-3000)}`).toBe(0);
    expect(methods.DELETE ?? 0).toBeGreaterThan(0);
    await expectUnchanged(api, held);
    expect(await snapshot(api)).toEqual(lists);
    expect(Object.values(lists).map((items) => items.length)).toEqual([3, 3, 2]);
    expectNoSecrets(credentials, {
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      'JSON report': await workspace.text('full.json'),
      'JUnit report': await workspace.text('full.xml'),
    });
  }, 300_000);

  it('--read-only sends no POST and no DELETE, and still reads', async () => {
    const { api, held, lists, config, credentials } = await account('read-only', 32);
    const before = { ...api.emulator.stats.requestsByMethod };
    const outcome = await runCliProcess(
      ['run', '--read-only', '--base-url', api.emulator.baseUrl, '--config', config, '--runs', '5', '--seed', '8', ...workspace.reportArgs('read-only')],
      { env: credentialsEnv(credentials), killAfterMs: 240_000 },
    );
    const after = api.emulator.stats.requestsByMethod;
    console.log(`--read-only: exit ${outcome.code} in ${outcome.ms} ms; emulator saw ${JSON.stringify(before)} before, ${JSON.stringify(after)} after`);
    expect(outcome.code, `${outcome.stderr}\n${outcome.stdout.slice(-3000)}`).toBe(0);
    expect(after.POST ?? 0).toBe(before.POST ?? 0);
    expect(after.DELETE ?? 0).toBe(before.DELETE ?? 0);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after.GET ?? 0).toBeGreaterThan(before.GET ?? 0);
    const report = JSON.parse(await workspace.text('read-only.json')) as { summary: { passed: number } };
    expect(report.summary.passed).toBeGreaterThan(0);
    await expectUnchanged(api, held);
    expect(await snapshot(api)).toEqual(lists);
    expectNoSecrets(credentials, {
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      'JSON report': await workspace.text('read-only.json'),
      'JUnit report': await workspace.text('read-only.xml'),
    });
  }, 300_000);
});
