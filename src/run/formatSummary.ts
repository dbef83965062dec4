import type { RunReport } from './report.js';

export type Verdict = 'PASSED' | 'FAILED' | 'INCOMPLETE' | 'NOT TESTED';

/**
 * PASSED needs at least one request sent and judged and nothing failed: a run that judged nothing
 * is NOT TESTED, one below --min-coverage is FAILED.
 */
export function verdictOf(report: RunReport): Verdict {
  const { summary, coverage } = report;
  if (summary.failed > 0) return 'FAILED';
  if (summary.notSent > 0) return 'INCOMPLETE';
  if (summary.passed === 0) return 'NOT TESTED';
  if (coverage?.minimum !== undefined && coverage.percent < coverage.minimum) return 'FAILED';
  return 'PASSED';
}

/** `PASSED: 179 passed, 0 failed, 0 skipped (14 of 14 operations tested, 19 checks, …) in 2.4 s, seed 1`. */
export function formatSummary(report: RunReport): string {
  const { summary } = report;
  return (
    `${verdictOf(report)}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped ` +
    `(${summary.operationsTested} of ${summary.operations} operations tested, ${summary.checks} checks, ${summary.cases} cases, ${summary.failures} failures) ` +
    `in ${(report.durationMs / 1000).toFixed(1)} s, seed ${report.seed}`
  );
}

/** The one line that says why a run that judged nothing exits 2. */
export function nothingTestedLine(report: RunReport): string {
  const reasons = new Map<string, number>();
  for (const op of report.coverage?.operations ?? []) if (op.reason) reasons.set(op.reason, (reasons.get(op.reason) ?? 0) + 1);
  const total = report.coverage?.total ?? report.summary.operations;
  if (total === 0) return 'nothing was tested: no operation was selected';
  const top = [...reasons].sort((a, b) => b[1] - a[1]);
  const shown = top.slice(0, 3).map(([reason, n]) => `${n} × ${reason}`).join('; ');
  return `nothing was tested: no request was sent and judged for any of the ${total} selected operation(s) (${shown}${top.length > 3 ? '; …' : ''})`;
}
