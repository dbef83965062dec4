import type { RunReport } from '../report.js';
import { verdictOf } from '../verdictOf.js';

/** The counts after the verdict: `179 passed, 0 failed, 0 skipped (14 of 14 operations tested, …) in 2.4 s, seed 1`. */
export function summaryLine(report: RunReport): string {
  const { summary } = report;
  return (
    `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped ` +
    `(${summary.operationsTested} of ${summary.operations} operations tested, ${summary.checks} checks, ${summary.cases} cases, ${summary.failures} failures) ` +
    `in ${(report.durationMs / 1000).toFixed(1)} s, seed ${report.seed}`
  );
}

/** What the baseline made of the failures: known, new, fixed. */
export function baselineLine(report: RunReport): string | undefined {
  const { baseline } = report;
  if (!baseline) return undefined;
  return `baseline ${baseline.file}: ${baseline.known} known failure(s), ${baseline.new} new, ${baseline.fixed.length} fixed`;
}

export const headline = (report: RunReport): string => `${verdictOf(report)}: ${summaryLine(report)}`;
