// Issue 15: any Twilio description, run honestly. Twilio's own files, no fixtures: the parents a resource
// needs are made on the fly (a Chat service, then a channel, for Members), used, and deleted at the end;
// --read-only makes none and uses the first one listed; a target that implements nothing is never
// PASSED. The real command against the embedded emulator serving those files, an emulator started here,
// and a loopback server that answers 404 to everything.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { runCliProcess, type CliExit } from '../hostile/support/cliProcess.js';
import { credentialsEnv } from '../hostile/support/secrets.js';
import { Workspace } from '../hostile/support/workspace.js';
import { startServer, type TestServer } from '../http/startServer.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const official = (name: string) => path.join(TWILIO_OAI, `twilio_${name}.json`);
const CORE = ['chat_v2', 'conversations_v1', 'proxy_v1'].flatMap((name) => ['--spec', official(name)]);
/** Generous: the runs are small, but the machine may be busy. */
const KILL_AFTER_MS = 240_000;
const TEST_MS = 300_000;

let workspace: Workspace;
beforeAll(async () => {
  workspace = await Workspace.create('parents');
});
afterAll(() => workspace.dispose());

const failuresOf = (report: Awaited<ReturnType<Workspace['report']>>) => report.failures.map((f) => `${f.check} ${f.spec} ${f.operation} | ${f.message.split('\n')[0]}`);

describe.skipIf(!hasTwilioOai)("Twilio's chat_v2, conversations_v1 and proxy_v1 files, no fixtures, no base URL", () => {
  let outcome: CliExit;
  beforeAll(async () => {
    outcome = await runCliProcess(['run', ...CORE, '--seed', '3', '--runs', '2', ...workspace.reportArgs('core')], { killAfterMs: KILL_AFTER_MS });
  }, TEST_MS);

  it('the embedded emulator serves those files, and 179 of their 182 operations are tested', async () => {
    expect(outcome.stdout).toMatch(/^apiconform: 182 operations from 3 spec\(s\) against the embedded emulator at http:\/\/127\.0\.0\.1:\d+, seed 3, 2 runs$/mu);
    const report = await workspace.report('core');
    expect(report.coverage).toMatchObject({ tested: 179, total: 182, percent: 98.3 });
    expect(report.coverage!.tested / report.coverage!.total).toBeGreaterThanOrEqual(0.8);
    expect(outcome.stdout).toMatch(/^coverage: 179 of 182 operations tested \(98\.3%\)$/mu);
  });

  it('the parents were made: a Chat service and a channel for Members, a Proxy service and session for Participants', async () => {
    const report = await workspace.report('core');
    const coverage = (spec: string, operation: string) => report.coverage!.operations.find((o) => o.spec === spec && o.operation === operation)!;
    expect(coverage('chat_v2', 'CreateMember')).toMatchObject({ tested: true, statuses: { seen: ['201'], notSeen: [] } });
    expect(coverage('proxy_v1', 'CreateParticipant')).toMatchObject({ tested: true, statuses: { seen: ['201'] } });
    expect(coverage('conversations_v1', 'CreateServiceConversationParticipant')).toMatchObject({ tested: true, statuses: { seen: ['201'] } });
    const lifecycle = (spec: string, subject: string) => report.results.find((r) => r.spec === spec && r.operation === subject && r.check === 'lifecycle')?.status;
    expect(lifecycle('chat_v2', 'Members sequences')).toBe('passed');
    expect(lifecycle('conversations_v1', 'Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants sequences')).toBe('passed');
  });

  it('the coverage table says which operations were not tested, and why', () => {
    expect(outcome.stdout).toMatch(/^not tested \(3 of 182 operations\):$/mu);
    expect(outcome.stdout).toMatch(/^ {2}chat_v2 DeleteUserChannel: no case applied \(nothing to address or judge\)$/mu);
  });

  it('nothing fails: exit 0 and PASSED (the emulator answers as the files it serves document)', async () => {
    const report = await workspace.report('core');
    expect(failuresOf(report)).toEqual([]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped \(179 of 182 operations tested, 19 checks, \d+ cases, 0 failures\)/mu);
    // What cannot be deleted is said apart from deletes that failed.
    expect(outcome.stderr).toMatch(/^apiconform: \d+ resource\(s\) this run created have no delete operation in their description, and stay: conversations_v1 ConversationWithParticipants × \d+, proxy_v1 MessageInteractions × \d+, conversations_v1 Services\/\{ChatServiceSid\}\/ConversationWithParticipants × \d+$/mu);
    expect(outcome.stderr).not.toMatch(/could not delete/u);
  });
});

describe.skipIf(!hasTwilioOai)('parents made on the fly against a running target, then deleted; --read-only makes none', () => {
  let emulator: Emulator;
  let base: string;
  const get = async (url: string) =>
    (await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${emulator.accountSid}:${emulator.authToken}`).toString('base64')}` } })).json() as Promise<
      Record<string, any>
    >;
  /** Every Chat service and every channel of each, as SIDs: what a run must leave as it found it. */
  const chatState = async (): Promise<string[]> => {
    const services = (await get(`${base}/v2/Services?PageSize=100`)).services as { sid: string }[];
    const channels = await Promise.all(services.map(async ({ sid }) => ((await get(`${base}/v2/Services/${sid}/Channels?PageSize=100`)).channels as { sid: string }[]).map((c) => c.sid)));
    return [...services.map((s) => s.sid), ...channels.flat()].sort();
  };
  const run = (args: string[]): Promise<CliExit> =>
    runCliProcess(['run', '--spec', official('chat_v2'), '--base-url', base, '--resources', 'Members', '--seed', '3', '--runs', '2', ...args], {
      env: credentialsEnv(emulator),
      killAfterMs: KILL_AFTER_MS,
    });

  beforeAll(async () => {
    emulator = await startEmulator({ seed: 15, specs: [official('chat_v2')] });
    base = emulator.baseUrls.chat_v2!;
  });
  afterAll(() => emulator.close());

  it('Members: a service and a channel are made, every Members operation is tested, and both are gone after the run', async () => {
    const before = await chatState();
    const outcome = await run(workspace.reportArgs('members'));
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped \(5 of 5 operations tested,/mu);
    expect(await chatState()).toEqual(before);
  }, TEST_MS);

  it('ListMember alone: the run sends exactly two creates, a service and a channel in it, and deletes both', async () => {
    const before = { ...emulator.stats.requestsByMethod };
    const outcome = await runCliProcess(
      ['run', '--spec', official('chat_v2'), '--base-url', base, '--operations', 'ListMember', '--checks', 'status_code', '--seed', '3', '--runs', '2'],
      { env: credentialsEnv(emulator), killAfterMs: KILL_AFTER_MS },
    );
    expect(outcome.code, outcome.stderr).toBe(0);
    const sent = (method: string) => (emulator.stats.requestsByMethod[method] ?? 0) - (before[method] ?? 0);
    expect(sent('POST')).toBe(2);
    expect(sent('DELETE')).toBe(2);
  }, TEST_MS);

  it('--read-only: no parent is made; the first service and channel listed are used', async () => {
    const before = await chatState();
    const posts = emulator.stats.requestsByMethod.POST ?? 0;
    const outcome = await run(['--read-only', ...workspace.reportArgs('read-only')]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped \(2 of 5 operations tested,/mu);
    const report = await workspace.report('read-only');
    const reason = (operation: string) => report.coverage!.operations.find((o) => o.operation === operation)?.reason;
    expect(reason('ListMember')).toBeUndefined();
    expect(reason('CreateMember')).toBe('left out by --read-only (the operation writes)');
    expect(emulator.stats.requestsByMethod.POST ?? 0).toBe(posts);
    expect(await chatState()).toEqual(before);
  }, TEST_MS);
});

describe.skipIf(!hasTwilioOai)("a target that implements nothing, with Twilio's files", () => {
  let notFound: TestServer;
  const account = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'parents-404-token-0123456789abcdef' };
  beforeAll(async () => {
    notFound = await startServer((_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'));
  });
  afterAll(() => notFound.close());
  const run = (args: string[]) =>
    runCliProcess(['run', '--base-url', notFound.url, '--seed', '3', '--runs', '1', '--checks', 'status_code', ...args], {
      env: credentialsEnv(account),
      killAfterMs: KILL_AFTER_MS,
    });

  it('all 55 files: no parent can be made, what needs none fails; never PASSED, never exit 0', async () => {
    const outcome = await run(['--spec', TWILIO_OAI]);
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).not.toMatch(/^PASSED/mu);
    expect(outcome.stdout).toMatch(/^apiconform: 1447 operations from 55 spec\(s\)/mu);
    expect(outcome.stdout).toMatch(/^ {2}chat_v2 CreateMember: parent chat_v2\.ServiceSid not made: CreateService answered 404$/mu);
    expect(outcome.stdout).toMatch(/^FAILED: 0 passed, [1-9]\d* failed, \d+ skipped \(\d+ of 1447 operations tested,/mu);
  }, TEST_MS);

  it('--read-only: the parents are looked for, not made, and none is found', async () => {
    const outcome = await run(['--spec', official('proxy_v1'), '--read-only']);
    expect(outcome.code, outcome.stderr).toBe(1);
    expect(outcome.stdout).not.toMatch(/^PASSED/mu);
    expect(outcome.stdout).toMatch(/^ {2}proxy_v1 ListParticipant: parent proxy_v1\.ServiceSid not found: ListService could not be read \(--read-only makes none\)$/mu);
  }, TEST_MS);
});
