import type { CheckId } from '../checkIds.js';
import type { Target } from '../target.js';

/** How a conformance run behaves; every field has a default (see {@link withDefaults}). */
export interface SuiteOptions {
  /** Property cases per operation and scenario (fast-check numRuns). Default 100. */
  runs: number;
  seed: number;
  /** Checks to run; default every check id. */
  checks: CheckId[];
  /** operationIds to run; default all. */
  operations?: string[];
  /** Whole resources to run, by name (`Members`) or list key; with `operations`, both are run. */
  resources?: string[];
  /** `--changed-since`: only these operations and these resources' sequences (`spec operationId`, `spec ResourceName`). */
  changed?: { operations: string[]; resources: string[] };
  /** Per-request timeout. Default 10 s. */
  timeoutMs: number;
  /** The whole run's deadline: after it no request is sent (each fails as DEADLINE). Default 10 min. */
  deadlineMs: number;
  /** Epoch ms the run started at: the deadline counts from here (the CLI sets it before loading specs). */
  startedAt: number;
  /** Requests in flight at once. Default 4. */
  concurrency: number;
  /** Requests per second, when the target is rate-limited. */
  rate?: number;
  /** Run only the checks that send no write (for production accounts). */
  readOnly: boolean;
  /** This process runs shard `index` of `count` (1-based), split by a stable hash of the test name. */
  shard?: { index: number; count: number };
  /** Only these tests, as `spec subject check` (what `apiconform replay` sends again). */
  tests?: string[];
}

/** What the CLI hands the suite file in the vitest worker (structured-cloned, never printed). */
export interface ConformanceRuntime extends SuiteOptions {
  specPaths: string[];
  target: Target;
  /** The CLI validated the spec files before handing them over; the worker need not again. */
  specsValidated?: boolean;
}

export const DEFAULT_RUNS = 100;

export function withDefaults(options: Partial<SuiteOptions>, allChecks: readonly CheckId[]): SuiteOptions {
  return {
    runs: options.runs ?? DEFAULT_RUNS,
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
    checks: options.checks ?? [...allChecks],
    ...(options.operations ? { operations: options.operations } : {}),
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.changed ? { changed: options.changed } : {}),
    timeoutMs: options.timeoutMs ?? 10_000,
    deadlineMs: options.deadlineMs ?? 600_000,
    startedAt: options.startedAt ?? Date.now(),
    concurrency: options.concurrency ?? 4,
    ...(options.rate ? { rate: options.rate } : {}),
    readOnly: options.readOnly ?? false,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.tests ? { tests: options.tests } : {}),
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    apiconform: ConformanceRuntime;
  }
}
