import type { RunReport } from './report.js';

export type Verdict = 'PASSED' | 'FAILED' | 'INCOMPLETE' | 'NOT TESTED' | 'ERROR';

/** Failures that fail the run: all of them, or with --baseline those not in the baseline. */
export const newFailures = (report: RunReport) => report.failures.filter((f) => !f.known);

/** Whether a failed test has a failure the baseline does not know (or, oddly, no failure recorded). */
function blocking(report: RunReport): boolean {
  if (!report.baseline) return report.summary.failed > 0;
  return report.results.some((r) => {
    if (r.status !== 'failed') return false;
    const own = report.failures.filter((f) => f.spec === r.spec && f.operation === r.operation && f.check === r.check);
    return own.length === 0 || own.some((f) => !f.known);
  });
}

/**
 * The run's one verdict, for every output: PASSED needs at least one request sent and judged and no
 * failure (known ones aside, with --baseline); a run that judged nothing is NOT TESTED; one below
 * --min-coverage is FAILED; one whose requests were not all sent is INCOMPLETE.
 */
export function verdictOf(report: RunReport): Verdict {
  if (report.error) return 'ERROR';
  if (blocking(report)) return 'FAILED';
  if (report.summary.notSent > 0) return 'INCOMPLETE';
  if (!report.results.some((r) => r.status !== 'skipped')) return 'NOT TESTED';
  const { coverage } = report;
  if (coverage?.minimum !== undefined && coverage.percent < coverage.minimum) return 'FAILED';
  return 'PASSED';
}

/** 0 passed; 1 failed or incomplete; 2 the run could not be made, or tested nothing. */
export const exitCodeOf = (report: RunReport): number =>
  ({ PASSED: 0, FAILED: 1, INCOMPLETE: 1, 'NOT TESTED': 2, ERROR: 2 })[verdictOf(report)];
