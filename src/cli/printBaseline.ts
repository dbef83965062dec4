import type { RunReport } from '../run/report.js';
import { fingerprintOf } from '../run/reports/applyBaseline.js';
import { baselineLine } from '../run/reports/summaryLine.js';
import { verdictOf } from '../run/verdictOf.js';
import type { Io } from './command.js';

const name = (f: { check: string; spec: string; operation: string; kind: string }) => `${f.check} · ${f.spec} ${f.operation} (${f.kind})`;

/** With --baseline: which failures are known, which are new, which baseline entries are fixed, and the verdict. */
export function printBaseline(report: RunReport, io: Pick<Io, 'stdout'>): void {
  const line = baselineLine(report);
  if (!line) return;
  const lines = [
    line,
    ...report.failures.filter((f) => f.known).map((f) => `  known: ${name(fingerprintOf(f))}`),
    ...report.failures.filter((f) => !f.known).map((f) => `  new:   ${name(fingerprintOf(f))}`),
    ...report.baseline!.fixed.map((f) => `  fixed: ${name(f)}`),
    `${verdictOf(report)} against the baseline`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
}
