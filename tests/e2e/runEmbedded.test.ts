import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import type { RunReport } from '../../src/run/report.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import { parseJunit } from '../helpers/parseJunit.js';

let dir: string;
let first: CliResult;
let report: RunReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-run-'));
  first = await runCli(['run', '--seed', '7', '--runs', '20', '--report-json', path.join(dir, 'a.json'), '--report-junit', path.join(dir, 'a.xml')]);
  report = JSON.parse(await readFile(path.join(dir, 'a.json'), 'utf8'));
}, 300_000);

describe('apiconform run against the embedded emulator', () => {
  it('passes every check and exits 0', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(report.summary.failed).toBe(0);
    expect(report.failures).toEqual([]);
    expect(report.summary.operations).toBe(14);
    expect(report.summary.operationsTested).toBe(14);
    expect(report.coverage).toMatchObject({ tested: 14, total: 14, percent: 100 });
  });

  it('prints progress per operation, the matrix and the summary', () => {
    expect(first.stdout).toMatch(/^apiconform: 14 operations from 3 spec\(s\) against the embedded emulator at http:\/\/127\.0\.0\.1:\d+, seed 7, 20 runs$/mu);
    expect(first.stdout).toMatch(/^ {2}✓ chat_v2 CreateMember +\d+ checks, \d+ cases$/mu);
    expect(first.stdout).toMatch(/^proxy_v1 +st ct rs /mu);
    expect(first.stdout).toMatch(/^ {2}DeleteParticipant +✓ {2}✓ /mu);
    expect(first.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, 0 skipped \(14 of 14 operations tested, \d+ checks, \d+ cases, 0 failures\)/mu);
    expect(first.stdout).toMatch(/^coverage: 14 of 14 operations tested \(100%\)$/mu);
    expect(first.stdout).not.toMatch(/^not tested/mu);
  });

  it('writes a JSON report with every operation × check', () => {
    expect(report.target).toBe('embedded emulator');
    expect(report.seed).toBe(7);
    const checks = new Set(report.results.map((r) => r.check));
    for (const id of ['status_code', 'content_type', 'response_schema', 'auth', 'not_found', 'negative_rejection', 'request_echo', 'defaults']) {
      expect(checks.has(id as (typeof CHECK_IDS)[number])).toBe(true);
    }
    const createMember = report.results.filter((r) => r.spec === 'chat_v2' && r.operation === 'CreateMember');
    expect(createMember.every((r) => r.status === 'passed' && r.cases > 0)).toBe(true);
    expect(report.summary.passed).toBe(report.results.length);
    expect(report.summary.cases).toBe(report.results.reduce((sum, r) => sum + r.cases, 0));
  });

  it('writes JUnit XML whose counts match the JSON summary', async () => {
    const junit = parseJunit(await readFile(path.join(dir, 'a.xml'), 'utf8'));
    expect(junit.tests).toBe(report.results.length);
    expect(junit.failures).toBe(report.summary.failed);
    expect(junit.skipped).toBe(report.summary.skipped);
    expect(junit.testcases).toHaveLength(report.results.length);
    expect(junit.testcases).toContainEqual({ classname: 'apiconform.chat_v2.CreateMember', name: 'CreateMember status_code', failure: undefined, skipped: false });
  });

  it('gives the same cases and the same report for the same seed', async () => {
    const again = await runCli(['run', '--seed', '7', '--runs', '20', '--report-json', path.join(dir, 'b.json')]);
    expect(again.code).toBe(0);
    const second: RunReport = JSON.parse(await readFile(path.join(dir, 'b.json'), 'utf8'));
    // Timings and the command line (other report files) aside.
    const stable = (r: RunReport) => ({
      ...r,
      startedAt: undefined,
      durationMs: undefined,
      settings: { ...r.settings, command: undefined },
      results: r.results.map(({ durationMs: _, ...result }) => result),
    });
    expect(stable(second)).toEqual(stable(report));
  }, 300_000);
});
