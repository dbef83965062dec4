import type { CheckId } from '../checks/checkIds.js';
import type { Scenario } from '../checks/types.js';

export type ResultStatus = 'passed' | 'failed' | 'skipped';

/** One test of the suite: an operation (or a resource, for sequence checks) × a check. */
export interface CheckResult {
  spec: string;
  operation: string;
  check: CheckId;
  status: ResultStatus;
  /** How many exchanges (or sequences) the check judged. */
  cases: number;
  /** Why it was skipped. */
  reason?: string;
  /** Wall time of its subject's requests (an operation's scenarios run once for all its checks). */
  durationMs?: number;
}

/** A violation, with everything needed to reproduce it. Credentials are already redacted. */
export interface FailureReport {
  spec: string;
  operation: string;
  check: CheckId;
  /** The check's stable discriminant (`undocumented_status`, `sequence`, …): part of the baseline fingerprint. */
  kind: string;
  message: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body: string } | null;
  curl: string;
  seed: number;
  /** fast-check's replay path of the (shrunk) counterexample, and the steps of a failing sequence. */
  replayPath?: string;
  steps?: string[];
  /** Set by --baseline: the same failure was in the baseline report. */
  known?: boolean;
}

/** What one scenario of an operation sent, and the statuses it got (`none` for no answer). */
export interface ScenarioCoverage {
  sent: number;
  statuses: Record<string, number>;
}

export interface CoverageEntry {
  spec: string;
  operation: string;
  scenarios: Partial<Record<Scenario, ScenarioCoverage>>;
}

/** How the run was started: shown in the HTML report and JUnit, used by replay. Never the token. */
export interface ReportSettings {
  command: string;
  runs: number;
  checks: CheckId[];
  operations?: string[];
  readOnly: boolean;
  shard?: { index: number; count: number };
  concurrency: number;
  timeoutMs: number;
  deadlineMs: number;
  rate?: number;
  specPaths: string[];
}

/** A failure's identity across runs: no random values, so yesterday's failure matches today's. */
export interface Fingerprint {
  spec: string;
  operation: string;
  check: CheckId;
  kind: string;
}

export interface ChangedSince {
  old: string;
  /** `spec operationId`, each with at least one change that is not description-only. */
  operations: string[];
  /** `spec ResourceName`: resources with a changed operation, whose sequences run. */
  resources: string[];
  /** Operations OLD has and the specs being run do not: nothing to test. */
  removed: string[];
  /** The changed operations this run tested (at least one check not skipped). */
  tested: string[];
}

export interface RunSummary {
  operations: number;
  checks: number;
  cases: number;
  failures: number;
  passed: number;
  failed: number;
  skipped: number;
  /** 429 answers retried after their Retry-After (never verdicts). */
  retried429: number;
  /** Requests still answered 429 after the retries: not judged. */
  rateLimited: number;
  /** Requests never sent because the deadline had passed or the run was stopped: the run is incomplete. */
  notSent: number;
}

export interface RunReport {
  target: string | Record<string, string>;
  seed: number;
  summary: RunSummary;
  results: CheckResult[];
  failures: FailureReport[];
  /** Checks left out by --read-only, by --checks/--skip-checks, or by --shard. */
  leftOut?: { checks: CheckId[]; reason: string }[];
  /** The run was stopped (SIGINT) before it ended: the results are partial. */
  interrupted?: boolean;
  /** `--changed-since OLD`: the operations (and resources, for sequences) whose contract differs from OLD's. */
  changedSince?: ChangedSince;
  /** SIDs of resources the run created and could not delete. */
  leftBehind?: string[];
  startedAt: string;
  durationMs: number;
  settings?: ReportSettings;
  /** Per operation and scenario: requests sent and statuses seen. */
  coverage?: CoverageEntry[];
  /** The run ended with exit 2 before a verdict: why. */
  error?: { code: string; message: string };
  /** Set by --baseline: how this run's failures compare with the baseline's. */
  baseline?: { file: string; known: number; new: number; fixed: Fingerprint[] };
}

export function summarize(
  results: readonly CheckResult[],
  failures: readonly FailureReport[],
  traffic: { retried429: number; rateLimited: number; notSent: number } = { retried429: 0, rateLimited: 0, notSent: 0 },
): RunSummary {
  const count = (status: ResultStatus) => results.filter((r) => r.status === status).length;
  return {
    // Sequence subjects (`Members sequences`) are resources, not operations.
    operations: new Set(results.filter((r) => !r.operation.endsWith(' sequences')).map((r) => `${r.spec} ${r.operation}`)).size,
    checks: new Set(results.map((r) => r.check)).size,
    cases: results.reduce((sum, r) => sum + r.cases, 0),
    failures: failures.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    ...traffic,
  };
}
