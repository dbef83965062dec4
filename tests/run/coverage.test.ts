// The coverage a run reports, built from what it recorded (results and per-operation observations),
// on a real loaded spec; and the verdict and terminal lines made from it.
import { beforeAll, describe, expect, it } from 'vitest';
import { attachCoverage, buildCoverage } from '../../src/run/coverage.js';
import { formatCoverage, formatNotTested } from '../../src/run/formatCoverage.js';
import { nothingTestedLine, formatSummary } from '../../src/run/formatSummary.js';
import { verdictOf } from '../../src/run/verdictOf.js';
import { summarize, type CheckResult, type Observed, type RunReport } from '../../src/run/report.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { SpecIndex } from '../../src/spec/types.js';
import { fixture } from '../helpers/runCli.js';

const SPEC = 'coverage-statuses';
let index: SpecIndex;
beforeAll(async () => {
  index = await loadSpecs(fixture('specs', `${SPEC}.yaml`));
});

const result = (operation: string, status: CheckResult['status'], reason?: string): CheckResult => ({
  spec: SPEC, operation, check: 'status_code', status, cases: status === 'skipped' ? 0 : 3, ...(reason ? { reason } : {}),
});

function report(results: CheckResult[], observed: Record<string, Observed> = {}): RunReport {
  const scenarios = Object.fromEntries(Object.entries(observed).map(([key, o]) => [key, { positive: o }]));
  return { target: 'x', seed: 1, summary: summarize(results, []), results, failures: [], observed: scenarios, startedAt: '', durationMs: 1000 };
}

describe('buildCoverage', () => {
  it('sorts received statuses into documented seen / not seen and undocumented (exact, 4XX, default)', () => {
    const coverage = buildCoverage(
      report([result('ListThing', 'passed'), result('CreateThing', 'passed')], {
        [`${SPEC} ListThing`]: { sent: 4, statuses: { '200': 1, '404': 2, '500': 1 }, parameters: ['PageSize', 'x-trace'] },
        [`${SPEC} CreateThing`]: { sent: 2, statuses: { '201': 1, '409': 1 }, parameters: ['Name'] },
      }),
      index,
      {},
    );
    const [list, create, wave] = coverage.operations;
    expect(list).toMatchObject({
      operation: 'ListThing', method: 'GET', path: '/v1/Things', tested: true, cases: 4,
      statuses: { seen: ['200', '4XX'], notSeen: [], undocumented: ['500'] },
      parameters: { exercised: ['PageSize', 'X-Trace'], notExercised: [] },
    });
    expect(create).toMatchObject({ cases: 2, statuses: { seen: ['201', 'default'], notSeen: [], undocumented: [] }, parameters: { exercised: ['Name'], notExercised: ['Colour'] } });
    expect(wave).toMatchObject({ operation: 'WaveThing', tested: false, cases: 0, reason: 'not a create, fetch, list, update or delete of a resource', statuses: { seen: [], notSeen: ['200'] } });
    expect(coverage).toMatchObject({ tested: 2, total: 3, percent: 66.6 });
  });

  it('an operation whose checks were all skipped is not tested, with their reason; --operations narrows Y', () => {
    const skipped = report([result('ListThing', 'skipped', 'no base URL for spec coverage-statuses'), result('CreateThing', 'passed')]);
    const coverage = buildCoverage(skipped, index, { operations: ['ListThing', 'CreateThing'] });
    expect(coverage.operations.map((o) => [o.operation, o.tested, o.reason])).toEqual([
      ['ListThing', false, 'no base URL for spec coverage-statuses'],
      ['CreateThing', true, undefined],
    ]);
    expect(coverage.operations[1]!.statuses).toEqual({ seen: [], notSeen: ['201', 'default'], undocumented: [] });
    expect(coverage).toMatchObject({ tested: 1, total: 2, percent: 50 });
  });

  it('attachCoverage puts it on the report, its totals in the summary, and drops the raw observations', () => {
    const r = report([result('CreateThing', 'passed')], { [`${SPEC} CreateThing`]: { sent: 1, statuses: { '201': 1 }, parameters: [] } });
    attachCoverage(r, index, {}, 50);
    expect(r.observed).toBeUndefined();
    expect(r.summary).toMatchObject({ operations: 3, operationsTested: 1 });
    expect(r.coverage).toMatchObject({ tested: 1, total: 3, percent: 33.3, minimum: 50 });
  });
});

describe('verdicts', () => {
  it('nothing judged is NOT TESTED, with one line that says why', () => {
    const r = report([result('ListThing', 'skipped', 'fixture x is missing'), result('CreateThing', 'skipped', 'fixture x is missing')]);
    attachCoverage(r, index, {});
    expect(verdictOf(r)).toBe('NOT TESTED');
    expect(formatSummary(r)).toBe('NOT TESTED: 0 passed, 0 failed, 2 skipped (0 of 3 operations tested, 1 checks, 0 cases, 0 failures) in 1.0 s, seed 1');
    expect(nothingTestedLine(r)).toBe(
      'nothing was tested: no request was sent and judged for any of the 3 selected operation(s) (2 × fixture x is missing; 1 × not a create, fetch, list, update or delete of a resource)',
    );
  });

  it('below --min-coverage is FAILED; at it, PASSED', () => {
    const r = report([result('ListThing', 'passed'), result('CreateThing', 'passed')]);
    attachCoverage(r, index, {}, 70);
    expect(verdictOf(r)).toBe('FAILED');
    expect(formatCoverage(r.coverage!).split('\n')[0]).toBe('coverage: 2 of 3 operations tested (66.6%), --min-coverage 70%: below it');
    attachCoverage(r, index, {}, 66.6);
    expect(verdictOf(r)).toBe('PASSED');
    expect(formatSummary(r)).toMatch(/^PASSED: 2 passed, 0 failed, 0 skipped \(2 of 3 operations tested,/u);
  });
});

describe('terminal lines', () => {
  it('lists every operation not tested with its reason, and keeps the table within 100 columns', () => {
    const long = 'x'.repeat(120);
    const r = report([result('ListThing', 'passed'), result('CreateThing', 'passed')], {
      [`${SPEC} ListThing`]: { sent: 1234567, statuses: Object.fromEntries([200, 400, 401, 403, 404, 405, 409, 429, 500, 502].map((s) => [String(s), 1])), parameters: [] },
    });
    attachCoverage(r, index, {});
    r.coverage!.operations[1]!.operation = `CreateThing${long}`;
    expect(formatNotTested(r.coverage!)).toBe('not tested (1 of 3 operations):\n  coverage-statuses WaveThing: not a create, fetch, list, update or delete of a resource');
    const lines = formatCoverage(r.coverage!).split('\n');
    expect(lines[0]).toBe('coverage: 2 of 3 operations tested (66.6%)');
    expect(lines[2]).toBe('coverage-statuses');
    expect(lines[1]).toMatch(/^operation +cases +statuses seen +not seen +undocumented +params$/u);
    expect(lines[3]).toMatch(/^ {2}ListThing +1234567 +200,4XX +- +500,502 +0\/2$/u);
    expect(lines[4]).toMatch(/^ {2}CreateThingx+… +0 +- +201,default +- +0\/2$/u);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });
});
