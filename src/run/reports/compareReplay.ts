import type { FailureReport, Fingerprint, RunReport } from '../report.js';
import { fingerprintOf } from './applyBaseline.js';

export interface ReplayOutcome {
  fingerprint: Fingerprint;
  /** `still failing`: the same failure again; `fixed`: judged again and not seen; `not judged`: the test did not run. */
  status: 'still failing' | 'fixed' | 'not judged';
  /** The failure as the replay saw it (still failing), or as the report had it. */
  failure: FailureReport;
  reason?: string;
}

const same = (a: Fingerprint, b: Fingerprint) => a.spec === b.spec && a.operation === b.operation && a.check === b.check && a.kind === b.kind;
const sameTest = (a: { spec: string; operation: string; check: string }, b: typeof a) => a.spec === b.spec && a.operation === b.operation && a.check === b.check;

/** The tests to send again: `spec subject check` of every failure in the report. */
export const failingTests = (report: RunReport): string[] => [...new Set(report.failures.map((f) => `${f.spec} ${f.operation} ${f.check}`))];

/** Each failure of the report against the replay's results; and failures the replay found that the report did not have. */
export function compareReplay(original: RunReport, replayed: RunReport): { outcomes: ReplayOutcome[]; other: FailureReport[] } {
  const fingerprints = [...new Map(original.failures.map((f) => [JSON.stringify(fingerprintOf(f)), f] as const)).values()];
  const outcomes = fingerprints.map((failure): ReplayOutcome => {
    const fingerprint = fingerprintOf(failure);
    const again = replayed.failures.find((f) => same(fingerprintOf(f), fingerprint));
    if (again) return { fingerprint, status: 'still failing', failure: again };
    const result = replayed.results.find((r) => sameTest(r, fingerprint));
    if (!result || result.status === 'skipped') return { fingerprint, status: 'not judged', failure, reason: result?.reason ?? 'the test is not in this run (another spec or selection?)' };
    return { fingerprint, status: 'fixed', failure };
  });
  const other = replayed.failures.filter((f) => !fingerprints.some((o) => same(fingerprintOf(o), fingerprintOf(f))));
  return { outcomes, other };
}
