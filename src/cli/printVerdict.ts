import { CHECK_IDS, type CheckId } from '../checkIds.js';
import { formatCompactMatrix } from '../run/formatCompactMatrix.js';
import { formatFailures, formatSummary } from '../run/formatMatrix.js';
import { formatCoverage, formatNotTested } from '../run/formatCoverage.js';
import { notFoundHint } from '../run/notFoundHint.js';
import type { RunReport } from '../run/report.js';
import type { ConformanceRuntime } from '../run/runtime.js';
import type { Io } from './command.js';

/** What --read-only left out: the checks whose every test was skipped for it. */
function leftOutByReadOnly(report: RunReport): CheckId[] {
  return CHECK_IDS.filter((id) => {
    const results = report.results.filter((r) => r.check === id);
    return results.length > 0 && results.every((r) => r.status === 'skipped' && r.reason?.includes('--read-only'));
  });
}

/** The matrix, the failures, the summary line, and what made the run incomplete or partial. */
export function printVerdict(report: RunReport, runtime: ConformanceRuntime, io: Pick<Io, 'stdout'>): void {
  if (runtime.readOnly) {
    const checks = leftOutByReadOnly(report);
    report.leftOut = [{ checks, reason: 'left out by --read-only: they need writes' }];
    io.stdout(`--read-only left out: ${checks.join(', ') || 'none'} (and the writing operations of every other check)\n`);
  }
  io.stdout(`\n${formatCompactMatrix(report)}\n`);
  if (report.coverage) {
    const notTested = formatNotTested(report.coverage);
    io.stdout(`${notTested ? `\n${notTested}\n` : ''}\n${formatCoverage(report.coverage)}\n`);
  }
  const hint = notFoundHint(report);
  if (hint) io.stdout(`\n${hint}\n`);
  if (report.failures.length > 0) io.stdout(`\n${formatFailures(report)}\n`);
  io.stdout(`\n${formatSummary(report)}\n`);
  if (report.summary.notSent > 0) {
    io.stdout(`INCOMPLETE: ${report.summary.notSent} request(s) were not sent because the deadline (--deadline ${runtime.deadlineMs}) passed\n`);
  }
}
