import type { CheckId } from '../checkIds.js';
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

/** What one operation's judged requests were and got (recorded in the worker, per subject). */
export interface Observed {
  /** Requests sent. */
  sent: number;
  /** Status → how many answers had it (`none`: no answer). */
  statuses: Record<string, number>;
  /** Query, header and form parameter names sent at least once, in first-sent order. */
  parameters: string[];
}

/** What an operation's scenarios sent: a scenario sends the same cases in every shard that runs it. */
export type ObservedScenarios = Partial<Record<Scenario, Observed>>;

/** One selected operation: tested or why not, and what its requests covered of its contract. */
export interface OperationCoverage {
  spec: string;
  operation: string;
  method: string;
  path: string;
  /** At least one request was sent and judged by a check. */
  tested: boolean;
  /** Why it was not tested (the skip reason of its checks). */
  reason?: string;
  /** Requests sent, in all and per scenario. */
  cases: number;
  scenarios: ObservedScenarios;
  statuses: {
    /** Documented statuses (`201`, `4XX`, `default`) some answer matched, and those none did. */
    seen: string[];
    notSeen: string[];
    /** Statuses received that the operation does not document. */
    undocumented: string[];
  };
  /** Documented query, header and body parameters sent at least once, and those never sent. */
  parameters: { exercised: string[]; notExercised: string[] };
}

export interface Coverage {
  /** Operations exercised (X) of the selected operations (Y), and X/Y in percent. */
  tested: number;
  total: number;
  percent: number;
  /** `--min-coverage P`: the run fails below it. */
  minimum?: number;
  operations: OperationCoverage[];
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
  /** Operations selected for the run, and how many of them were exercised (a request sent and judged). */
  operations: number;
  operationsTested: number;
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
  /** Per operation, what was sent and received against what is documented (see buildCoverage). */
  coverage?: Coverage;
  /** What the worker recorded per `spec operationId`; the CLI turns it into `coverage` and drops it. */
  observed?: Record<string, ObservedScenarios>;
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
  // Sequence subjects (`Members sequences`) are resources, not operations.
  const ofOperations = results.filter((r) => !r.operation.endsWith(' sequences'));
  const operationsIn = (rs: readonly CheckResult[]) => new Set(rs.map((r) => `${r.spec} ${r.operation}`)).size;
  return {
    operations: operationsIn(ofOperations),
    operationsTested: operationsIn(ofOperations.filter((r) => r.status !== 'skipped')),
    checks: new Set(results.map((r) => r.check)).size,
    cases: results.reduce((sum, r) => sum + r.cases, 0),
    failures: failures.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    ...traffic,
  };
}
