// `apiconform merge` of three `--shard i/3` runs equals the unsharded run with the same seed, against
// a target with a fault (so failures are merged too).
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { parseJunit } from '../helpers/parseJunit.js';
import type { CliResult } from '../helpers/runCli.js';
import { readJson, serveFault, type ServedFault } from './support/serveFault.js';

let target: ServedFault;
let full: RunReport;
let shards: RunReport[];
let merged: RunReport;
let merge: CliResult;
const file = (name: string) => path.join(target.dir, name);
const args = ['--runs', '5', '--seed', '8', '-q'];

beforeAll(async () => {
  target = await serveFault('url_uses_identity');
  // One after the other: they share the target's lists, as CI shards against one staging target would.
  const codes = [];
  for (const shard of [1, 2, 3]) codes.push((await target.cli(['run', '--config', target.config, ...args, '--shard', `${shard}/3`, '--report-json', file(`s${shard}.json`)])).code);
  codes.push((await target.cli(['run', '--config', target.config, ...args, '--report-json', file('full.json')])).code);
  expect(codes[3]).toBe(1);
  full = await readJson(file('full.json'));
  shards = await Promise.all([1, 2, 3].map((i) => readJson<RunReport>(file(`s${i}.json`))));
  merge = await target.cli(['merge', file('s1.json'), file('s2.json'), file('s3.json'), '--report-json', file('merged.json'), '--report-junit', file('merged.xml'), '--report-html', file('merged.html')]);
  merged = await readJson(file('merged.json'));
}, 240_000);

afterAll(() => target?.close());

const withoutTimes = (report: RunReport) => report.results.map(({ durationMs: _, ...result }) => result);
// Failures carry the target's random values (SIDs, unique tags): compare what identifies each one.
const identities = (report: RunReport) => report.failures.map((f) => [f.spec, f.operation, f.check, f.kind, f.request.method, f.replayPath ?? '', f.steps?.length ?? 0]);

describe('apiconform merge of --shard 1/3, 2/3, 3/3', () => {
  it('splits the tests between the shards', () => {
    expect(shards.map((s) => s.results.length).every((n) => n > 0)).toBe(true);
    expect(shards.reduce((sum, s) => sum + s.results.length, 0)).toBe(full.results.length);
  });

  it('gives the unsharded run’s results, in its order, and its failures', () => {
    expect(withoutTimes(merged)).toEqual(withoutTimes(full));
    expect(identities(merged)).toEqual(identities(full));
    const { summary } = merged;
    expect(summary).toEqual(full.summary);
    expect(merged.coverage).toEqual(full.coverage);
    expect(merged.seed).toBe(8);
    expect(merged.settings!.shard).toBeUndefined();
  });

  it('prints the verdict and exits as the unsharded run does (1)', () => {
    expect(merge.code).toBe(1);
    expect(merge.stdout).toMatch(new RegExp(`^FAILED: ${full.summary.passed} passed, ${full.summary.failed} failed, 0 skipped .* seed 8 \\(merged from 3 report\\(s\\)\\)$`, 'mu'));
  });

  it('writes the merged JUnit and HTML reports', async () => {
    const junit = parseJunit(await readFile(file('merged.xml'), 'utf8'));
    expect(junit.tests).toBe(full.results.length);
    expect(junit.failures).toBe(full.summary.failed);
    expect(await readFile(file('merged.html'), 'utf8')).toContain('<span class="verdict FAILED" id="verdict">FAILED</span>');
  });

  it('refuses reports that are not the shards of one run (exit 2)', async () => {
    const twice = await target.cli(['merge', file('s1.json'), file('s1.json')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^apiconform merge: merge: \S+s1\.json and \S+s1\.json both have the test chat_v2 \S+ \w+; give each shard once\n$/u);
    const missing = await target.cli(['merge', file('s1.json'), file('s2.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('apiconform merge: merge: shard 3/3 is missing\n');
  });
});
