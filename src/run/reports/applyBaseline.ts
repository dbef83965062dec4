import type { FailureReport, Fingerprint, RunReport } from '../report.js';

/** Check, spec, operation and the failure's kind: what stays the same when the random values change. */
export const fingerprintOf = (f: FailureReport): Fingerprint => ({ spec: f.spec, operation: f.operation, check: f.check, kind: f.kind });

const keyOf = (f: Fingerprint): string => `${f.check} ${f.spec} ${f.operation} ${f.kind}`;

/**
 * Marks each failure the baseline already had as known (it no longer fails the run), counts the new
 * ones, and lists as fixed the baseline's failures this run judged again and did not see. A test this
 * run did not judge (left out, skipped, another shard) fixes nothing.
 */
export function applyBaseline(report: RunReport, baseline: RunReport, file: string): void {
  const known = new Set(baseline.failures.map((f) => keyOf(fingerprintOf(f))));
  for (const failure of report.failures) {
    if (known.has(keyOf(fingerprintOf(failure)))) failure.known = true;
    else delete failure.known;
  }
  const seen = new Set(report.failures.map((f) => keyOf(fingerprintOf(f))));
  const judged = (f: Fingerprint) =>
    report.results.some((r) => r.spec === f.spec && r.operation === f.operation && r.check === f.check && r.status !== 'skipped');
  const fixed = new Map<string, Fingerprint>();
  for (const f of baseline.failures.map(fingerprintOf)) {
    if (!seen.has(keyOf(f)) && judged(f)) fixed.set(keyOf(f), f);
  }
  const knownCount = report.failures.filter((f) => f.known).length;
  report.baseline = { file, known: knownCount, new: report.failures.length - knownCount, fixed: [...fixed.values()] };
}
