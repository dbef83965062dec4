// No green run that tested nothing (issue 15): the real command against a real server that answers 404
// to everything, and against the emulator with part of the run left without a base URL. PASSED needs
// a request sent and judged; nothing judged exits 2 with one line; --min-coverage fails a thin run.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../emulator/api.js';
import { fixturesConfig } from '../cli/support/accountData.js';
import { runCliProcess, type CliExit } from '../hostile/support/cliProcess.js';
import { credentialsEnv, expectNoSecrets } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { startServer, type TestServer } from '../http/startServer.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { ROOT } from '../helpers/runCli.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const ACCOUNT = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'honest-verdicts-token-0123456789' };
const FIXTURES = {
  fixtures: {
    chat_v2: { ServiceSid: `IS${'1'.repeat(32)}`, ChannelSid: `CH${'2'.repeat(32)}` },
    conversations_v1: { ChatServiceSid: `IS${'3'.repeat(32)}`, ConversationSid: `CH${'4'.repeat(32)}` },
    proxy_v1: { ServiceSid: `KS${'5'.repeat(32)}`, SessionSid: `KC${'6'.repeat(32)}` },
  },
};
/** Generous: the runs are small, but the machine may be busy. */
const KILL_AFTER_MS = 150_000;
const TEST_MS = 200_000;

let notFound: TestServer;
let api: Api;
let workspace: Workspace;

beforeAll(async () => {
  notFound = await startServer((_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'));
  api = await startApi({ seed: 15 });
  workspace = await Workspace.create('honest');
});
afterAll(async () => {
  await notFound.close();
  await api.emulator.close();
  await workspace.dispose();
});

const run = (args: string[], account = ACCOUNT): Promise<CliExit> =>
  runCliProcess(['run', '--seed', '3', '--runs', '2', ...args], { env: credentialsEnv(account), killAfterMs: KILL_AFTER_MS });

const emulatorAccount = () => ({ accountSid: api.emulator.accountSid, authToken: api.emulator.authToken });

describe('a target that answers 404 to everything', () => {
  it('with fixtures: FAILED, exit 1, never PASSED', async () => {
    const config = await workspace.write('fixtures-404.json', FIXTURES);
    const outcome = await run(['--base-url', notFound.url, '--config', config, '--checks', 'status_code,not_found', ...workspace.reportArgs('with-fixtures')]);
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).not.toMatch(/PASSED/u);
    expect(outcome.stdout).toMatch(/^FAILED: 0 passed, [1-9]\d* failed, \d+ skipped \(14 of 14 operations tested,/mu);
    const report = await workspace.report('with-fixtures');
    expect(report.summary).toMatchObject({ operations: 14, operationsTested: 14 });
    const create = report.coverage!.operations.find((o) => o.operation === 'CreateMember')!;
    expect(create.statuses).toEqual({ seen: ['404'], notSeen: ['201', '400', '401', '409'], undocumented: [] });
    expectNoSecrets(ACCOUNT, { stdout: outcome.stdout, stderr: outcome.stderr, report: JSON.stringify(report) });
  }, TEST_MS);

  it('without fixtures: nothing judged, NOT TESTED, exit 2 with one line saying why, the report still written', async () => {
    const outcome = await run(['--base-url', notFound.url, ...workspace.reportArgs('no-fixtures')]);
    expect(outcome.code, outcome.stderr).toBe(2);
    // No PASSED, no ✓ in a progress line or a matrix cell (the legend explains ✓, which is fine).
    expect(outcome.stdout).not.toMatch(/PASSED|^ {2}✓ |✓ {2}|✓$/mu);
    expect(outcome.stdout).toMatch(/^NOT TESTED: 0 passed, 0 failed, \d+ skipped \(0 of 14 operations tested,/mu);
    expect(outcome.stdout).toMatch(/^ {2}- chat_v2 CreateMember +not tested: fixture chat_v2\.ServiceSid, chat_v2\.ChannelSid is missing$/mu);
    expect(outcome.stdout).toMatch(/^not tested \(14 of 14 operations\):$/mu);
    expect(outcome.stdout).toMatch(/^ {2}proxy_v1 CreateParticipant: fixture proxy_v1\.ServiceSid, proxy_v1\.SessionSid is missing$/mu);
    expect(outcome.stderr).toBe(
      'apiconform run: nothing was tested: no request was sent and judged for any of the 14 selected operation(s) ' +
        '(5 × fixture chat_v2.ServiceSid, chat_v2.ChannelSid is missing; 5 × fixture conversations_v1.ChatServiceSid, conversations_v1.ConversationSid is missing; ' +
        '4 × fixture proxy_v1.ServiceSid, proxy_v1.SessionSid is missing)\n',
    );
    const report = await workspace.report('no-fixtures');
    expect(report.summary).toMatchObject({ operations: 14, operationsTested: 0, passed: 0, failed: 0 });
  }, TEST_MS);

  it.skipIf(!hasTwilioOai)("Twilio's proxy_v1 file, no fixtures: what needs no parent is tested and fails; the parents cannot be made, and the rest is listed with why", async () => {
    const outcome = await run(['--base-url', notFound.url, '--spec', path.join(TWILIO_OAI, 'twilio_proxy_v1.json'), '--checks', 'status_code']);
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).not.toMatch(/PASSED/u);
    expect(outcome.stdout).toMatch(/^ {2}✗ proxy_v1 ListService +1 checks, \d+ cases, FAILED: status_code$/mu);
    // The parents are made on the fly: a Proxy service first, which this target refuses.
    expect(outcome.stdout).toMatch(/^ {2}proxy_v1 CreateParticipant: parent proxy_v1\.ServiceSid not made: CreateService answered 404$/mu);
    expect(outcome.stdout).toMatch(/^FAILED: .*\(\d+ of 25 operations tested,/mu);
  }, TEST_MS);
});

describe('a run with part of it left untested', () => {
  it('a spec without a base URL is listed as not tested, never ✓; --min-coverage 50 fails the run, 35 passes it', async () => {
    const config = await workspace.write('emulator-fixtures.json', fixturesConfig(api));
    const args = ['--base-url', `chat_v2=${api.emulator.baseUrl}`, '--config', config, '--checks', 'status_code,response_schema,lifecycle'];
    const thin = await run([...args, '--min-coverage', '50', ...workspace.reportArgs('thin')], emulatorAccount());
    expect(thin.code, thin.stderr).toBe(1);
    expect(thin.stdout).not.toMatch(/✓ (proxy_v1|conversations_v1)/u);
    expect(thin.stdout).toMatch(/^ {2}- proxy_v1 CreateParticipant +not tested: no base URL for spec proxy_v1$/mu);
    expect(thin.stdout).toMatch(/^ {2}✓ chat_v2 CreateMember +\d+ checks, \d+ cases$/mu);
    expect(thin.stdout).toMatch(/^not tested \(9 of 14 operations\):$/mu);
    expect(thin.stdout).toMatch(/^ {2}conversations_v1 FetchServiceConversationParticipant: no base URL for spec conversations_v1$/mu);
    expect(thin.stdout).toMatch(/^coverage: 5 of 14 operations tested \(35\.7%\), --min-coverage 50%: below it$/mu);
    expect(thin.stdout).toMatch(/^FAILED: \d+ passed, 0 failed, \d+ skipped \(5 of 14 operations tested,/mu);
    const report = await workspace.report('thin');
    expect(report.coverage).toMatchObject({ tested: 5, total: 14, percent: 35.7, minimum: 50 });
    const enough = await run([...args, '--min-coverage', '35'], emulatorAccount());
    expect(enough.code, enough.stderr).toBe(0);
    expect(enough.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped \(5 of 14 operations tested,/mu);
    expectNoSecrets(emulatorAccount(), { thin: thin.stdout, enough: enough.stdout });
  }, TEST_MS);

  it('--resources Members runs that resource whole: its operations, its sequences, and the header counts them', async () => {
    const outcome = await runCliProcess(['run', '--seed', '3', '--runs', '2', '--resources', 'Members', '--checks', 'status_code,lifecycle'], { killAfterMs: KILL_AFTER_MS });
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^apiconform: 5 operations from 3 spec\(s\) against the embedded emulator/mu);
    // lifecycle, and status_code on every exchange the sequences send.
    expect(outcome.stdout).toMatch(/^ {2}✓ chat_v2 Members sequences +2 checks, \d+ cases$/mu);
    expect(outcome.stdout).not.toMatch(/proxy_v1|conversations_v1/u);
    expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, 0 skipped \(5 of 5 operations tested,/mu);
  }, TEST_MS);
});

describe('bad input: exit 2, one line', () => {
  it.each([
    [['--min-coverage', '150'], 'apiconform run: --min-coverage must be a percentage from 0 to 100, got "150"\n'],
    [['--min-coverage', 'most'], 'apiconform run: --min-coverage must be a percentage from 0 to 100, got "most"\n'],
    [['--resources', 'Members,Channels'], `apiconform run: --resources: no resource Channels in ${path.join(ROOT, 'specs')}; known: Members, Participants\n`],
  ])('%j', async (args, line) => {
    const outcome = await runCliProcess(['run', ...args], { killAfterMs: KILL_AFTER_MS });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(line);
  }, TEST_MS);

  it.skipIf(!hasTwilioOai)("two files with one spec id (ours and Twilio's chat_v2) name both", async () => {
    const official = path.join(TWILIO_OAI, 'twilio_chat_v2.json');
    const outcome = await runCliProcess(['run', '--spec', 'specs/chat_v2.yaml', '--spec', official], { killAfterMs: KILL_AFTER_MS });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.split('\n')).toHaveLength(2);
    expect(outcome.stderr).toContain('specs/chat_v2.yaml');
    expect(outcome.stderr).toContain(official);
    expect(outcome.stderr).toContain('same spec id "chat_v2"');
  }, TEST_MS);
});
