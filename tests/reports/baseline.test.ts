// --baseline against `apiconform serve --fault …`: yesterday's failures are known, today's new ones
// fail the run, and the baseline's failures no longer seen are listed as fixed.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { parseJunit } from '../helpers/parseJunit.js';
import { readFile } from 'node:fs/promises';
import { readJson, serveFault, type ServedFault } from './support/serveFault.js';

let identity: ServedFault;
let prefix: ServedFault;
let baselineFile: string;
let baseline: RunReport;
const common = ['--runs', '5', '--seed', '4', '-q'];

beforeAll(async () => {
  [identity, prefix] = await Promise.all([serveFault('url_uses_identity'), serveFault('wrong_sid_prefix')]);
  baselineFile = path.join(identity.dir, 'baseline.json');
  const first = await identity.cli(['run', '--config', identity.config, ...common, '--report-json', baselineFile]);
  expect(first.code).toBe(1);
  baseline = await readJson(baselineFile);
}, 120_000);

afterAll(() => {
  identity?.close();
  prefix?.close();
});

describe('--baseline', () => {
  it('accepts the same failures again: known, exit 0', async () => {
    const json = path.join(identity.dir, 'again.json');
    const junit = path.join(identity.dir, 'again.xml');
    const again = await identity.cli(['run', '--config', identity.config, ...common, '--baseline', baselineFile, '--report-json', json, '--report-junit', junit]);
    const report: RunReport = await readJson(json);
    expect(again.code).toBe(0);
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures.every((f) => f.known === true)).toBe(true);
    expect(report.baseline).toEqual({ file: baselineFile, known: report.failures.length, new: 0, fixed: [] });
    expect(again.stdout).toContain(`baseline ${baselineFile}: ${report.failures.length} known failure(s), 0 new, 0 fixed`);
    expect(again.stdout).toMatch(/^ {2}known: self_url · chat_v2 CreateMember \(wrong_path\)$/mu);
    expect(again.stdout).toContain('PASSED against the baseline');
    // The CI page stays green: known failures are skipped testcases that say why.
    const parsed = parseJunit(await readFile(junit, 'utf8'));
    expect(parsed.failures).toBe(0);
    expect(parsed.testcases.find((t) => t.name === 'CreateMember self_url')!.skipped).toBe(true);
  }, 120_000);

  it('fails on new failures and lists the baseline’s failures that are gone as fixed', async () => {
    const json = path.join(prefix.dir, 'other.json');
    const other = await prefix.cli(['run', '--config', prefix.config, ...common, '--baseline', baselineFile, '--report-json', json]);
    const report: RunReport = await readJson(json);
    expect(other.code).toBe(1);
    expect(report.failures.some((f) => f.check === 'sid_pattern' && !f.known)).toBe(true);
    const fixed = report.baseline!.fixed.map((f) => `${f.check} ${f.spec} ${f.operation} ${f.kind}`);
    expect(fixed).toContain('self_url chat_v2 CreateMember wrong_path');
    expect(fixed).toContain('lifecycle conversations_v1 Participants sequences sequence');
    expect(report.baseline!.new).toBe(report.failures.filter((f) => !f.known).length);
    expect(other.stdout).toMatch(/^ {2}new: {3}sid_pattern · chat_v2 CreateMember \(\w+\)$/mu);
    expect(other.stdout).toMatch(/^ {2}fixed: self_url · chat_v2 CreateMember \(wrong_path\)$/mu);
    expect(other.stdout).toContain('FAILED against the baseline');
  }, 120_000);

  it('is a usage error (exit 2, before any request) when the file is not a JSON report', async () => {
    const result = await identity.cli(['run', '--config', identity.config, ...common, '--baseline', identity.config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`apiconform run: --baseline ${identity.config}: not an apiconform JSON report (no seed, summary, results, failures); write one with --report-json\n`);
    expect(result.stdout).toBe('');
  });
});
