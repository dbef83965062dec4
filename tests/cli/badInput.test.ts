// Input that `apiconform run` cannot use: exit 2, nothing on stdout, exactly one line on stderr that
// names the flag, file, field or JSON pointer and what was expected. And one good config, to show
// that the checks refuse only what is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../emulator/api.js';
import { runCliProcess } from '../hostile/support/cliProcess.js';
import { credentialsEnv, expectNoSecrets } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { fixturesConfig } from './support/accountData.js';

let api: Api;
let workspace: Workspace;

beforeAll(async () => {
  api = await startApi({ seed: 77 });
  workspace = await Workspace.create('bad-input');
});
afterAll(async () => {
  await api.emulator.close();
  await workspace.dispose();
});

const account = () => ({ accountSid: api.emulator.accountSid, authToken: api.emulator.authToken });

interface BadInput {
  name: string;
  /** Flags after `run`; `{base}` is the emulator's URL, `{config}` the case's config file. */
  args: string[];
  /** The config file's content (a string is written as is). */
  config?: (api: Api) => unknown;
  /** What the one stderr line must name; `{config}` is the config file's path. */
  names: string[];
}

const CASES: BadInput[] = [
  { name: 'an unknown flag', args: ['--base-url', '{base}', '--bogus-flag'], names: ['--bogus-flag'] },
  { name: 'a base URL that is not http(s)', args: ['--base-url', 'ftp://x'], names: ['--base-url', '"ftp://x"', 'http(s)'] },
  { name: 'a config file that is not JSON', args: ['--base-url', '{base}', '--config', '{config}'], config: () => '{"fixtures": {', names: ['{config}', 'not JSON'] },
  {
    name: 'a config file with an unknown field',
    args: ['--base-url', '{base}', '--config', '{config}'],
    config: (a) => ({ ...(fixturesConfig(a) as object), colour: 'blue' }),
    names: ['{config}', '/colour', 'unknown field'],
  },
  {
    name: 'a fixture SID that breaks its pattern (proxy_v1 ServiceSid "XX123")',
    args: ['--base-url', '{base}', '--config', '{config}'],
    config: (a) => ({ fixtures: { ...(fixturesConfig(a) as { fixtures: object }).fixtures, proxy_v1: { ...a.fixtures.proxy_v1, ServiceSid: 'XX123' } } }),
    names: ['fixtures.proxy_v1.ServiceSid', '"XX123"', '^KS[0-9a-fA-F]{32}$'],
  },
  {
    name: 'fixtures for a spec without a parent it needs (chat_v2 without ChannelSid)',
    args: ['--base-url', '{base}', '--config', '{config}', '--spec', 'specs/chat_v2.yaml'],
    config: (a) => ({ fixtures: { chat_v2: { ServiceSid: a.fixtures.chat_v2!.ServiceSid } } }),
    names: ['fixtures.chat_v2.ChannelSid'],
  },
  { name: 'an operation no spec has', args: ['--base-url', '{base}', '--config', '{config}', '--operations', 'NoSuchOp'], config: (a) => fixturesConfig(a), names: ['--operations', 'NoSuchOp'] },
  { name: 'a deadline that is not a number', args: ['--base-url', '{base}', '--config', '{config}', '--deadline', 'soon'], config: (a) => fixturesConfig(a), names: ['--deadline', '"soon"'] },
];

describe.concurrent('apiconform run refuses bad input with exit 2 and one line', () => {
  it.each(CASES)('$name', async ({ name, args, config, names }) => {
    const file = config ? await workspace.write(`${name.replace(/\W+/gu, '-')}.json`, config(api)) : '';
    const fill = (text: string) => text.replace('{base}', api.emulator.baseUrl).replace('{config}', file);
    const outcome = await runCliProcess(['run', ...args.map(fill)], { env: credentialsEnv(account()), killAfterMs: 120_000 });
    expect(outcome.code, outcome.stderr).toBe(2);
    expect(outcome.stdout).toBe('');
    const lines = outcome.stderr.split('\n');
    expect(lines, 'exactly one line, ended by a newline').toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toMatch(/^apiconform run: /u);
    for (const named of names.map(fill)) expect(lines[0]).toContain(named);
    expect(api.emulator.stats.requestsByMethod.POST ?? 0).toBe(0);
    expectNoSecrets(account(), { stdout: outcome.stdout, stderr: outcome.stderr });
    // Refused before any request: only a hang, not a slow machine, fails this.
    expect(outcome.ms).toBeLessThan(120_000);
  }, 180_000);
});

describe('apiconform run accepts good input', () => {
  it('a config with fixtures for all three specs, run with --spec narrowed to chat_v2: exit 0', async () => {
    const own = await startApi({ seed: 78 });
    try {
      const file = await workspace.write('all-fixtures.json', fixturesConfig(own));
      const ownAccount = { accountSid: own.emulator.accountSid, authToken: own.emulator.authToken };
      const outcome = await runCliProcess(
        ['run', '--base-url', own.emulator.baseUrl, '--config', file, '--spec', 'specs/chat_v2.yaml', '--operations', 'CreateMember,FetchMember', '--runs', '2', '--seed', '5'],
        { env: credentialsEnv(ownAccount), killAfterMs: 150_000 },
      );
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(outcome.stderr).toBe('');
      expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, 0 skipped \(2 of 2 operations tested,/mu);
      expect(outcome.stdout).toMatch(/^apiconform: 2 operations from 1 spec\(s\)/mu);
      expectNoSecrets(ownAccount, { stdout: outcome.stdout });
    } finally {
      await own.emulator.close();
    }
  }, 180_000);
});
