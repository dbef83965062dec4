import type { RunReport } from './report.js';
import { headline } from './reports/summaryLine.js';

/** `PASSED: 179 passed, 0 failed, 0 skipped (14 of 14 operations tested, 19 checks, …) in 2.4 s, seed 1`. */
export const formatSummary = headline;

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
