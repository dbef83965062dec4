// Issue 15, acceptance: Twilio's own files of the three core resources, `--resources Members,Participants`
// and the fixtures the default `serve` prints, against that `serve`. Members and Participants get the
// checks they get with the bundled specs, and every failure is a departure specs/README.md documents,
// each named in the README's account of this run. The real commands: `serve` and `run` as processes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailureReport, RunReport } from '../../src/run/report.js';
import { runCliProcess, startCli, type CliExit, type CliProcess } from '../hostile/support/cliProcess.js';
import { Workspace } from '../hostile/support/workspace.js';
import { ROOT } from '../helpers/runCli.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const CORE = ['chat_v2', 'conversations_v1', 'proxy_v1'].flatMap((name) => ['--spec', path.join(TWILIO_OAI, `twilio_${name}.json`)]);
/** Generous: the runs take seconds, but the machine may be busy. */
const KILL_AFTER_MS = 240_000;
const TEST_MS = 300_000;

const said = (f: FailureReport, words: string) => f.response !== null && f.response.body.includes(words);

/**
 * Each documented departure (the first cell of its row in specs/README.md) and the failures it
 * explains: what our spec (and so `serve`) does where Twilio's file documents otherwise.
 */
const DEPARTURES: ReadonlyArray<{ row: string; explains: (f: FailureReport) => boolean }> = [
  { row: 'all three, paths', explains: (f) => f.response?.status === 404 && /\/v1\/Conversations\/CH[0-9a-f]{32}\/Participants/u.test(f.request.url) },
  { row: 'Chat create/update `Attributes`', explains: (f) => f.spec === 'chat_v2' && said(f, 'parameter Attributes must be a JSON document') },
  { row: 'Conversations create/update `Attributes`', explains: (f) => f.spec === 'conversations_v1' && said(f, 'parameter Attributes must be a JSON document') },
  { row: 'Chat list `PageSize`', explains: (f) => f.check === 'negative_rejection' && f.response?.status === 200 && /PageSize is \d+, above the maximum 100/u.test(f.message) },
  { row: 'Conversations create body', explains: (f) => said(f, 'parameter Identity is required but missing; parameter MessagingBinding.Address is required but missing') },
  { row: 'Conversations create/update `Identity`', explains: (f) => f.spec === 'conversations_v1' && said(f, 'parameter Identity must NOT have') },
  { row: 'Chat create `Identity`', explains: (f) => f.spec === 'chat_v2' && said(f, 'parameter Identity must NOT have fewer than 1 characters') },
  { row: 'Proxy create `Identifier`', explains: (f) => said(f, 'parameter Identifier must NOT have fewer than 1 characters') },
  { row: 'Proxy create `FriendlyName`', explains: (f) => f.spec === 'proxy_v1' && said(f, 'parameter FriendlyName must NOT have more than 255 characters') },
  { row: 'Proxy DeleteParticipant', explains: (f) => f.request.method === 'DELETE' && f.response?.status === 204 && /Documented: 200/u.test(f.message) },
];

const departureOf = (f: FailureReport) => DEPARTURES.filter((d) => d.explains(f)).map((d) => d.row);

/** The checks judged (not skipped) per subject; a resource's sequences by the core resource's short name. */
function judged(report: RunReport): Record<string, string[]> {
  const subject = (operation: string) => operation.replace(/^Services\/\{ChatServiceSid\}\/Conversations\/\{ConversationSid\}\/Participants sequences$/u, 'Participants sequences');
  const byOperation: Record<string, string[]> = {};
  for (const r of report.results) {
    if (r.status === 'skipped') continue;
    (byOperation[`${r.spec} ${subject(r.operation)}`] ??= []).push(r.check);
  }
  return Object.fromEntries(Object.entries(byOperation).map(([key, checks]) => [key, [...new Set(checks)].sort()]));
}

describe.skipIf(!hasTwilioOai)("Twilio's core files with --resources Members,Participants against the default serve", () => {
  let workspace: Workspace;
  let serve: CliProcess;
  let official: CliExit;
  let bundled: CliExit;

  beforeAll(async () => {
    workspace = await Workspace.create('official-serve');
    serve = startCli(['serve', '--seed', '7'], { killAfterMs: KILL_AFTER_MS });
    const line = await new Promise<string>((resolve, reject) => {
      let seen = '';
      serve.child.stdout!.on('data', (chunk: string) => {
        seen += chunk;
        if (seen.includes('\n')) resolve(seen.split('\n')[0]!);
      });
      serve.exited.then((exit) => reject(new Error(`serve exited: ${exit.stderr}`)), reject);
    });
    const printed = JSON.parse(line) as { baseUrl: string; accountSid: string; authToken: string; fixtures: object };
    const config = await workspace.write('config.json', {
      baseUrl: printed.baseUrl,
      auth: { accountSid: printed.accountSid, authToken: printed.authToken },
      fixtures: printed.fixtures,
    });
    const run = (specs: string[], name: string) =>
      runCliProcess(['run', '--config', config, ...specs, '--resources', 'Members,Participants', '--seed', '1', ...workspace.reportArgs(name)], { killAfterMs: KILL_AFTER_MS });
    official = await run(CORE, 'official');
    bundled = await run([], 'bundled');
  }, TEST_MS);

  afterAll(async () => {
    serve?.child.kill('SIGTERM');
    await serve?.exited;
    await workspace?.dispose();
  });

  it('the bundled specs pass; with Twilio\'s files the run fails (exit 1), every operation tested', async () => {
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(official.code, official.stderr).toBe(1);
    expect(official.stdout).toMatch(/^FAILED: \d+ passed, \d+ failed, \d+ skipped \(19 of 19 operations tested, 19 checks, \d+ cases, \d+ failures\)/mu);
    expect(official.stdout).toMatch(
      /^ {2}--resources Participants selects 3 resources: conversations_v1 Conversations\/\{ConversationSid\}\/Participants, conversations_v1 Services\/\{ChatServiceSid\}\/Conversations\/\{ConversationSid\}\/Participants, proxy_v1 Participants/mu,
    );
  });

  it('Members and Participants get the same checks as with the bundled specs, each judged', async () => {
    const ours = judged(await workspace.report('bundled'));
    const twilios = judged(await workspace.report('official'));
    expect(Object.keys(ours)).toHaveLength(17); // 5 + 5 + 4 operations, 3 resources' sequences
    for (const [subject, checks] of Object.entries(ours)) expect(twilios[subject], subject).toEqual(checks);
  });

  it('every failure is a departure specs/README.md documents, and no failure is a 409 the run caused', async () => {
    const report = await workspace.report('official');
    expect(report.failures.length).toBeGreaterThan(0);
    const unexplained = report.failures.filter((f) => departureOf(f).length === 0).map((f) => `${f.check} ${f.spec} ${f.operation}: ${f.message} → ${f.response?.body}`);
    expect(unexplained).toEqual([]);
    expect(report.failures.filter((f) => f.response?.status === 409)).toEqual([]);
    const table = readFileSync(path.join(ROOT, 'specs/README.md'), 'utf8');
    for (const { row } of DEPARTURES) expect(table, row).toContain(`| ${row} |`);
  });

  it("the README's account of this run names each departure it met", async () => {
    const report = await workspace.report('official');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf("### Twilio's own files against the default `serve`");
    expect(start).toBeGreaterThan(0);
    const account = readme.slice(start);
    const met = [...new Set(report.failures.flatMap(departureOf))];
    expect(met.length).toBeGreaterThanOrEqual(5);
    for (const row of met) expect(account.slice(0, account.indexOf('\n## ')), row).toContain(row);
  });

  it("the default service's participants, which serve does not serve, are said to be unaddressable, not passed", async () => {
    const report = await workspace.report('official');
    const fetch = report.results.find((r) => r.operation === 'FetchConversationParticipant' && r.check === 'status_code');
    expect(fetch).toMatchObject({ status: 'skipped' });
    expect((fetch as { reason?: string }).reason).toMatch(/^no Conversations\/\{ConversationSid\}\/Participants to address: CreateConversationParticipant answered 404: /u);
  });
});
