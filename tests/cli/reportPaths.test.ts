// Report files that cannot be written: found before any request is sent (one line, exit 2), and a
// report that becomes unwritable during the run (a file in place of its folder, a FIFO with no reader)
// ends the process with a message and exit 2, never a hang.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../emulator/api.js';
import { runCliProcess } from '../hostile/support/cliProcess.js';
import { isProbe, startHostile } from '../hostile/support/hostileServer.js';
import { credentialsEnv, expectNoSecrets } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { fixturesConfig } from './support/accountData.js';

let api: Api;
let workspace: Workspace;
beforeAll(async () => {
  api = await startApi({ seed: 91 });
  workspace = await Workspace.create('report-paths');
  // World-readable, so that a run as another user (below) reaches the files in it.
  await chmod(workspace.dir, 0o755);
  await writeFile(workspace.file('a-file'), 'not a folder\n');
  await writeFile(workspace.file('read-only.json'), '{}\n');
  await chmod(workspace.file('read-only.json'), 0o444);
  await mkdir(workspace.file('a-folder'));
});
afterAll(async () => {
  await api.emulator.close();
  await workspace.dispose();
});

const account = () => ({ accountSid: api.emulator.accountSid, authToken: api.emulator.authToken });
/** Root writes a read-only file anyway: the run goes as `nobody` there, as a user meets the file. */
const asUser = process.getuid?.() === 0 ? { uid: 65534 } : {};

interface Unwritable {
  name: string;
  flag: '--report-json' | '--report-junit';
  /** The path, `{ws}` being the workspace folder. */
  file: string;
  why: string;
}

const CASES: Unwritable[] = [
  { name: 'a folder that cannot be created (under /proc)', flag: '--report-json', file: '/proc/nope/r.json', why: 'the folder /proc/nope cannot be created (ENOENT)' },
  { name: 'a folder under a file', flag: '--report-junit', file: '{ws}/a-file/r.xml', why: '{ws}/a-file is not a folder' },
  { name: 'a folder, not a file', flag: '--report-json', file: '{ws}/a-folder', why: 'it is a folder' },
  { name: 'a folder, not a file (JUnit)', flag: '--report-junit', file: '{ws}/a-folder', why: 'it is a folder' },
  { name: 'a read-only file', flag: '--report-junit', file: '{ws}/read-only.json', why: 'it cannot be opened for writing (EACCES)' },
];

describe.concurrent('a report path that cannot be written: exit 2 and one line before any request', () => {
  it.each(CASES)('$flag $name', async ({ flag, file, why }) => {
    const fill = (text: string) => text.replaceAll('{ws}', workspace.dir);
    // The other report flag names a file that can be written (by any user): only `flag` is refused.
    const good = '/dev/null';
    const other = flag === '--report-json' ? ['--report-junit', good] : ['--report-json', good];
    const outcome = await runCliProcess(['run', '--base-url', api.emulator.baseUrl, '--config', await config(), ...other, flag, fill(file)], {
      env: credentialsEnv(account()),
      killAfterMs: 120_000,
      ...asUser,
    });
    expect(outcome.code, outcome.stderr).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(`apiconform run: ${flag} ${fill(file)}: cannot write the report: ${fill(why)}\n`);
    expect(api.emulator.stats.requests).toBe(0);
    expectNoSecrets(account(), { stdout: outcome.stdout, stderr: outcome.stderr });
  }, 180_000);
});

let configFile: Promise<string> | undefined;
const config = (): Promise<string> => (configFile ??= workspace.write('config.json', fixturesConfig(api)));

describe('a report folder that goes away during the run', () => {
  it('ends with the verdict, one line naming the report, exit 2, no hang', async () => {
    const own = await startApi({ seed: 92 });
    const folder = workspace.file('gone');
    await mkdir(folder);
    // At the first API request (after every check of the flags), the report folder becomes a file.
    let replaced = false;
    const server = await startHostile((req, _res, tools) => {
      if (!isProbe(req) && !replaced) {
        replaced = true;
        rmSync(folder, { recursive: true, force: true });
        writeFileSync(folder, 'now a file\n');
      }
      tools.forward();
    }, own.emulator.baseUrl);
    try {
      const ownAccount = { accountSid: own.emulator.accountSid, authToken: own.emulator.authToken };
      const file = await workspace.write('own.json', fixturesConfig(own));
      const report = `${folder}/r.json`;
      const outcome = await runCliProcess(
        ['run', '--base-url', server.url, '--config', file, '--spec', 'specs/chat_v2.yaml', '--operations', 'FetchMember', '--runs', '2', '--seed', '3', '-q', '--report-json', report],
        { env: credentialsEnv(ownAccount), killAfterMs: 120_000 },
      );
      expect(replaced).toBe(true);
      expect(outcome.signal, 'the process ended by itself').toBeNull();
      expect(outcome.code, outcome.stderr).toBe(2);
      expect(outcome.stdout).toMatch(/^PASSED: /mu);
      expect(outcome.stderr).toBe(`apiconform run: --report-json ${report}: cannot write the report: ${folder} is not a folder\n`);
      expectNoSecrets(ownAccount, { stdout: outcome.stdout, stderr: outcome.stderr });
    } finally {
      await server.close();
      await own.emulator.close();
      await rm(folder, { force: true });
    }
  }, 150_000);

  it('a report file that becomes a FIFO with no reader: one line, exit 2, no hang', async () => {
    const own = await startApi({ seed: 94 });
    const report = workspace.file('fifo.json');
    // At the first API request (after every check of the flags), the report path becomes a FIFO nobody reads:
    // a blocking open for writing would never return, and no exit can end the thread that waits in it.
    let made = false;
    const server = await startHostile((req, _res, tools) => {
      if (!isProbe(req) && !made) {
        made = true;
        execFileSync('mkfifo', [report]);
      }
      tools.forward();
    }, own.emulator.baseUrl);
    try {
      const ownAccount = { accountSid: own.emulator.accountSid, authToken: own.emulator.authToken };
      const file = await workspace.write('own-fifo.json', fixturesConfig(own));
      const outcome = await runCliProcess(
        ['run', '--base-url', server.url, '--config', file, '--spec', 'specs/chat_v2.yaml', '--operations', 'FetchMember', '--runs', '2', '--seed', '3', '-q', '--report-json', report],
        { env: credentialsEnv(ownAccount), killAfterMs: 240_000 },
      );
      expect(made).toBe(true);
      expect(outcome.signal, 'the process ended by itself').toBeNull();
      expect(outcome.code, outcome.stderr).toBe(2);
      expect(outcome.stdout).toMatch(/^PASSED: /mu);
      expect(outcome.stderr).toBe(`apiconform run: --report-json ${report}: cannot write the report: ENXIO: no such device or address, open '${report}'\n`);
    } finally {
      await server.close();
      await own.emulator.close();
      await rm(report, { force: true });
    }
  }, 300_000);

  it('a missing folder that can be created is created, and the reports are written there', async () => {
    const own = await startApi({ seed: 93 });
    try {
      const ownAccount = { accountSid: own.emulator.accountSid, authToken: own.emulator.authToken };
      const file = await workspace.write('own-created.json', fixturesConfig(own));
      const json = workspace.file('made/for/it/r.json');
      const xml = workspace.file('made/too/r.xml');
      const outcome = await runCliProcess(
        ['run', '--base-url', own.emulator.baseUrl, '--config', file, '--spec', 'specs/chat_v2.yaml', '--operations', 'FetchMember', '--runs', '2', '--seed', '3', '-q', '--report-json', json, '--report-junit', xml],
        { env: credentialsEnv(ownAccount), killAfterMs: 120_000 },
      );
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(JSON.parse(await workspace.text('made/for/it/r.json')).seed).toBe(3);
      expect(await workspace.text('made/too/r.xml')).toMatch(/^<\?xml /u);
    } finally {
      await own.emulator.close();
    }
  }, 150_000);
});
