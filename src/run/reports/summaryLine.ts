import type { RunReport } from '../report.js';
import { verdictOf } from './verdictOf.js';

/** The counts after the verdict, as the terminal shows them: `12 passed, 1 failed, … seed 3`. */
export function summaryLine(report: RunReport): string {
  const { summary } = report;
  return (
    `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped ` +
    `(${summary.operations} operations, ${summary.checks} checks, ${summary.cases} cases, ${summary.failures} failures) ` +
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
