import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/runCli.js';

/** `apiconform serve --fault …` as a user starts it; resolves with the JSON line it prints. */
async function serve(fault: string): Promise<{ child: ChildProcess; info: { baseUrl: string; accountSid: string; authToken: string; fixtures: object } }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--fault', fault], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
  return { child, info: JSON.parse(line!) };
}

let server: Awaited<ReturnType<typeof serve>>;
let dir: string;
let result: CliResult;
let report: RunReport;
let junit: string;
/** Every other file a run writes: HTML, Markdown, the CI step summary. */
let others: Record<string, string>;

beforeAll(async () => {
  server = await serve('url_uses_identity');
  dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-secrets-'));
  const config = path.join(dir, 'config.json');
  await import('node:fs/promises').then((fs) => fs.writeFile(config, JSON.stringify({ fixtures: server.info.fixtures })));
  result = await runCli(
    ['run', '--base-url', server.info.baseUrl, '--config', config, '--runs', '5', '--seed', '5', '--report-json', path.join(dir, 'r.json'), '--report-junit', path.join(dir, 'r.xml'),
      '--report-html', path.join(dir, 'r.html'), '--report-markdown', path.join(dir, 'r.md')],
    { env: { TWILIO_ACCOUNT_SID: server.info.accountSid, TWILIO_AUTH_TOKEN: server.info.authToken, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') } },
  );
  report = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
  junit = await readFile(path.join(dir, 'r.xml'), 'utf8');
  others = Object.fromEntries(await Promise.all(['r.html', 'r.md', 'summary.md'].map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const)));
}, 300_000);

afterAll(() => {
  server.child.kill('SIGTERM');
});

describe('a run against `apiconform serve --fault url_uses_identity`', () => {
  it('exits 1 and names the fault’s check, self_url, in the JSON report', () => {
    expect(result.code).toBe(1);
    expect(report.failures.map((f) => f.check)).toContain('self_url');
    const failure = report.failures.find((f) => f.check === 'self_url')!;
    expect(failure.message).toMatch(/^Received: url "http:\/\/127\.0\.0\.1:\d+\/v2\/Services\/IS[0-9a-f]{32}\/Channels\/CH[0-9a-f]{32}\/Members\/.+" \/ Expected path: \/v2\/Services\/IS[0-9a-f]{32}\/Channels\/CH[0-9a-f]{32}\/Members\/MB[0-9a-f]{32}$/u);
    expect(failure.seed).toBe(5);
    expect(failure.curl).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/v2\/Services\/IS[0-9a-f]{32}\/Channels\/CH[0-9a-f]{32}\/Members' -u 'AC[0-9a-f]{32}:\*\*\*'/u);
    expect(failure.request.headers.Authorization ?? failure.request.headers.authorization).toBe('Basic ***');
  });

  it('prints the failure with its curl reproduction and replay seed', () => {
    expect(result.stdout).toMatch(/^\d+\) self_url · chat_v2 CreateMember$/mu);
    expect(result.stdout).toContain('replay: --seed 5');
    expect(result.stdout).toMatch(/^FAILED: \d+ passed, \d+ failed, 0 skipped/mu);
  });

  it('finds the same failing requests when run again with the same seed', async () => {
    const config = path.join(dir, 'config.json');
    const again = await runCli(['run', '--base-url', server.info.baseUrl, '--config', config, '--runs', '5', '--seed', '5', '-q', '--report-json', path.join(dir, 'r2.json')], {
      env: { TWILIO_ACCOUNT_SID: server.info.accountSid, TWILIO_AUTH_TOKEN: server.info.authToken },
    });
    const second: RunReport = JSON.parse(await readFile(path.join(dir, 'r2.json'), 'utf8'));
    const cases = (r: RunReport) => r.failures.map((f) => [f.check, f.operation, f.request.method, f.request.body ?? '', f.replayPath ?? '']);
    expect(again.code).toBe(1);
    expect(cases(second)).toEqual(cases(report));
    const withoutTimes = (r: RunReport) => r.results.map(({ durationMs: _, ...result }) => result);
    expect(withoutTimes(second)).toEqual(withoutTimes(report));
  }, 300_000);

  it('never shows the auth token, nor its Basic-auth form, in any output or report', () => {
    const token = server.info.authToken;
    const basic = Buffer.from(`${server.info.accountSid}:${token}`).toString('base64');
    expect(token).toMatch(/^[0-9a-f]{32}$/u);
    expect(Object.values(others).every((text) => text.includes('self_url'))).toBe(true);
    for (const artefact of [result.stdout, result.stderr, JSON.stringify(report), junit, ...Object.values(others)]) {
      expect(artefact.includes(token)).toBe(false);
      expect(artefact.includes(basic)).toBe(false);
    }
    expect(result.stdout.length).toBeGreaterThan(1000);
  });

  it('never shows it in what replay and merge print and write', async () => {
    const token = server.info.authToken;
    const basic = Buffer.from(`${server.info.accountSid}:${token}`).toString('base64');
    const env = { TWILIO_ACCOUNT_SID: server.info.accountSid, TWILIO_AUTH_TOKEN: token, GITHUB_STEP_SUMMARY: path.join(dir, 'merged-summary.md') };
    const replay = await runCli(['replay', path.join(dir, 'r.json'), '--config', path.join(dir, 'config.json'), '--base-url', server.info.baseUrl], { env });
    const merge = await runCli(
      ['merge', path.join(dir, 'r.json'), '--report-json', path.join(dir, 'm.json'), '--report-junit', path.join(dir, 'm.xml'), '--report-html', path.join(dir, 'm.html'), '--report-markdown', path.join(dir, 'm.md')],
      { env },
    );
    expect([replay.code, merge.code]).toEqual([1, 1]);
    expect(replay.stdout).toContain("-u '" + server.info.accountSid + ":***'");
    const files = await Promise.all(['m.json', 'm.xml', 'm.html', 'm.md', 'merged-summary.md'].map((name) => readFile(path.join(dir, name), 'utf8')));
    for (const artefact of [replay.stdout, replay.stderr, merge.stdout, merge.stderr, ...files]) {
      expect(artefact.includes(token)).toBe(false);
      expect(artefact.includes(basic)).toBe(false);
    }
  }, 60_000);

  it('shows a token given as --auth-token as *** in the command line the reports record', async () => {
    const token = server.info.authToken;
    const files = ['t.json', 't.xml', 't.html'].map((name) => path.join(dir, name));
    const run = await runCli(
      ['run', '--base-url', server.info.baseUrl, '--config', path.join(dir, 'config.json'), '--account-sid', server.info.accountSid, '--auth-token', token,
        '--operations', 'CreateMember', '--runs', '2', '--seed', '5', '-q', '--report-json', files[0]!, '--report-junit', files[1]!, '--report-html', files[2]!],
      { env: { TWILIO_ACCOUNT_SID: '', TWILIO_AUTH_TOKEN: '', GITHUB_STEP_SUMMARY: '' } },
    );
    expect(run.code).toBe(1);
    const written = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    expect((JSON.parse(written[0]!) as RunReport).settings!.command).toContain(`--account-sid ${server.info.accountSid} --auth-token '***' --operations CreateMember`);
    for (const artefact of [run.stdout, run.stderr, ...written]) expect(artefact.includes(token)).toBe(false);
  }, 60_000);
});
