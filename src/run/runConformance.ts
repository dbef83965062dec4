import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { TestCase } from 'vitest/node';
import type { ConformanceMeta } from './defineConformanceSuite.js';
import { postStop } from './ledger.js';
import { HarnessError, type HarnessErrorCode } from '../errors.js';
import { summarize, type CheckResult, type FailureReport, type ObservedScenarios, type RunReport } from './report.js';
import type { ConformanceRuntime } from './runtime.js';
import { assertSupportedVitest } from './supportedVitest.js';

const SUITE_FILE = fileURLToPath(new URL('./conformance.suite.js', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunHooks {
  /** Called as each test ends, for progress output. */
  onResult?: (result: CheckResult) => void;
  /** Aborting cancels the run; the report then has `interrupted: true`. */
  signal?: AbortSignal;
}

/**
 * How long an interrupted run may take to wind down: in-flight requests land, the worker's own
 * cleanup runs. After that vitest is cancelled and its worker stopped.
 */
const STOP_GRACE_MS = 15_000;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** vitest exits the process on SIGINT; the CLI must get the signal instead, to clean up first. */
function detachNewSignalListeners(before: Record<(typeof SIGNALS)[number], Function[]>): void {
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.off(signal, listener as () => void);
    }
  }
}

/** A test's result, from the metadata the suite attached to it. */
type Traffic = { retried429: number; rateLimited: number; notSent: number };

interface Collected {
  result: CheckResult;
  failures: FailureReport[];
  traffic?: Traffic;
  observed?: ObservedScenarios;
  harnessError?: { code?: string; message: string };
}

/** The run's traffic counts: each subject carries the running totals, so the largest are the totals. */
function trafficOf(collected: readonly Collected[]): Traffic {
  const total: Traffic = { retried429: 0, rateLimited: 0, notSent: 0 };
  for (const { traffic } of collected) {
    if (!traffic) continue;
    for (const key of Object.keys(total) as (keyof Traffic)[]) total[key] = Math.max(total[key], traffic[key]);
  }
  return total;
}


/** A subject the harness could not run: a HarnessError ends the run with exit 2, anything else is a bug. */
function raiseHarnessError(collected: readonly Collected[]): void {
  const broken = collected.find((c) => c.harnessError);
  if (!broken?.harnessError) return;
  const { code, message } = broken.harnessError;
  const where = `${broken.result.spec} ${broken.result.operation}`;
  // The message is the error's stack: its first line is `HarnessError: <message>`.
  if (code) throw new HarnessError(code as HarnessErrorCode, `${where}: ${message.split('\n')[0]!.replace(/^HarnessError: /u, '')}`);
  throw new Error(`apiconform failed while running ${where}: ${message}`);
}

function resultOf(testCase: TestCase): Collected | undefined {
  const meta = testCase.meta() as unknown as ConformanceMeta;
  if (!meta.apiconform) return undefined;
  const own = meta.result;
  const state = testCase.result().state;
  const status = own?.status ?? (state === 'failed' ? 'failed' : state === 'passed' ? 'passed' : 'skipped');
  const errors = testCase.result().errors ?? [];
  const reason = own?.reason ?? (state === 'failed' && !own ? errors.map((e) => e.message).join('; ') : undefined);
  return {
    result: {
      ...meta.apiconform,
      status,
      cases: own?.cases ?? 0,
      ...(reason ? { reason } : {}),
      ...(own?.durationMs === undefined ? {} : { durationMs: own.durationMs }),
    },
    failures: own?.failures ?? [],
    ...(own?.traffic ? { traffic: own.traffic } : {}),
    ...(own?.observed ? { observed: own.observed } : {}),
    ...(own?.harnessError ? { harnessError: own.harnessError } : {}),
  };
}

/**
 * Runs the conformance suite through vitest's Node API (one worker thread, no config file, vitest's
 * own output swallowed) and turns the tests' results into a report.
 */
export async function runConformance(runtime: ConformanceRuntime, hooks: RunHooks = {}): Promise<RunReport> {
  const started = Date.now();
  assertSupportedVitest('this command');
  const { createVitest } = await import('vitest/node');
  // vitest's own output goes nowhere: the CLI prints its own progress and verdict.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const exitCode = process.exitCode;
  const nodeEnv = process.env.NODE_ENV;
  const listeners = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const vitest = await createVitest(
    'test',
    {
      root: PACKAGE_ROOT,
      config: false,
      watch: false,
      cache: false,
      include: [SUITE_FILE],
      pool: 'threads',
      maxWorkers: 1,
      isolate: false,
      testTimeout: 0,
      hookTimeout: 0,
      provide: { apiconform: runtime },
      // The suite file's imports are plain compiled ESM: Node loads them, not vite's module runner.
      server: { deps: { external: [/\/dist\//u] } },
      reporters: [{ onTestCaseResult: (testCase) => { const r = resultOf(testCase); if (r) hooks.onResult?.(r.result); } }],
    },
    {},
    { stdout: sink, stderr: sink },
  );
  detachNewSignalListeners(listeners);
  let interrupted = false;
  try {
    await vitest.standalone();
    detachNewSignalListeners(listeners);
    const running = vitest.runTestSpecifications([vitest.getRootProject().createSpecification(SUITE_FILE)]);
    const cancelled = new Promise<undefined>((resolve) => {
      const cancel = () => {
        interrupted = true;
        postStop(); // the worker sends nothing more, finishes fast and cleans up after itself
        setTimeout(() => {
          void vitest.cancelCurrentRun('keyboard-input');
          resolve(undefined);
        }, STOP_GRACE_MS).unref();
      };
      if (hooks.signal?.aborted) cancel();
      else hooks.signal?.addEventListener('abort', cancel, { once: true });
    });
    const outcome = await Promise.race([running, cancelled]);
    const { testModules, unhandledErrors } = outcome ?? { testModules: [], unhandledErrors: [] };
    const problems = [
      ...testModules.flatMap((module) => module.errors().map((error) => error.message)),
      ...unhandledErrors.map((error) => String((error as Error)?.message ?? error)),
    ];
    if (problems.length > 0 && !interrupted) {
      throw new HarnessError('CONFIG', `the conformance suite could not start: ${problems.map((p) => p.split('\n')[0]).join('; ')}`);
    }
    const collected = testModules.flatMap((module) => [...module.children.allTests()].flatMap((t) => resultOf(t) ?? []));
    if (!interrupted) raiseHarnessError(collected);
    const results = collected.map((c) => c.result);
    const failures = collected.flatMap((c) => c.failures);
    const observed = Object.fromEntries(collected.flatMap((c) => (c.observed ? [[`${c.result.spec} ${c.result.operation}`, c.observed]] : [])));
    return {
      target: runtime.target.baseUrl,
      seed: runtime.seed,
      summary: summarize(results, failures, trafficOf(collected)),
      results,
      failures,
      observed,
      ...(interrupted ? { interrupted: true } : {}),
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    };
  } finally {
    await vitest.close();
    process.exitCode = exitCode;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
