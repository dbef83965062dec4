import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHECK_IDS } from '../checkIds.js';
import { isHarnessError } from '../errors.js';
import { loadSpecs } from '../spec/loadSpecs.js';
import { checkFixtures } from './checkFixtures.js';
import type { Target } from '../target.js';
import { BUNDLED_SPECS } from './bundledSpecs.js';
import { planSuite, type PlannedTest } from './plan.js';
import { provideParents } from './parents/provideParents.js';
import type { CheckResult, FailureReport, ObservedScenarios } from './report.js';
import { withDefaults, type ConformanceRuntime, type SuiteOptions } from './runtime.js';
import { RunSession } from './session/RunSession.js';
import { startSubjects, type Subject } from './startSubjects.js';
import type { Tally } from './tally.js';

/** What a test carries to reporters: its place in the matrix and, once run, its result. */
export interface ConformanceMeta {
  apiconform: { spec: string; operation: string; check: CheckResult['check'] };
  result?: {
    status: CheckResult['status'];
    cases: number;
    reason?: string;
    failures: FailureReport[];
    /** The run's traffic so far when the subject ended (cumulative: the largest is the total). */
    traffic?: { retried429: number; rateLimited: number; notSent: number };
    /** What the operation's requests covered, per scenario (operations only; the same on each of its tests), and its wall time. */
    observed?: ObservedScenarios;
    durationMs?: number;
    /** The harness itself failed while running the subject: not a verdict about the target. */
    harnessError?: { code?: string; message: string };
  };
}

export interface ConformanceSuiteInput extends Partial<SuiteOptions>, Target {
  /** Spec files or directories; default the bundled specs. */
  specs?: string | string[];
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

const replayHint = (f: FailureReport): string =>
  `replay: seed ${f.seed} (defineConformanceSuite({ …, seed: ${f.seed} }), or apiconform run --seed ${f.seed})` +
  (f.replayPath ? `, fast-check path ${f.replayPath}` : '');

const durationOf = (tally: Tally | undefined) => (tally?.durationMs === undefined ? {} : { durationMs: tally.durationMs });

/** One subject (an operation, or a resource's sequences): run its scenarios once, then one test per check. */
function registerSubject(tests: PlannedTest[], result: () => Promise<Tally | undefined>, hookTimeout: number): void {
  const [{ subject }] = tests as [PlannedTest];
  let tally: Tally | undefined;
  let broken: { code?: string; message: string } | undefined;
  beforeAll(async () => {
    try {
      tally = await result();
    } catch (error) {
      // Kept, not thrown: a throwing hook would leave its tests "skipped" with no reason.
      broken = { ...(isHarnessError(error) ? { code: error.code } : {}), message: (error as Error).stack ?? String(error) };
    }
  }, hookTimeout);
  for (const test of tests) {
    const meta: ConformanceMeta = { apiconform: { spec: test.spec, operation: subject, check: test.check } };
    it(test.check, { meta: meta as never }, ({ task, skip }) => {
      const own = task.meta as unknown as ConformanceMeta;
      if (broken) {
        own.result = { status: 'failed', cases: 0, failures: [], harnessError: broken };
        throw new Error(`apiconform could not run ${subject}: ${broken.message}`);
      }
      const checked = tally?.get(test.check);
      const reason = test.skip ?? (checked?.cases ? undefined : (tally?.unaddressed ?? 'no case applied (nothing to address or judge)'));
      if (reason) {
        own.result = { status: 'skipped', cases: 0, reason, failures: [], ...(tally ? { traffic: tally.traffic, ...(test.operation ? { observed: tally.observed } : {}), ...durationOf(tally) } : {}) };
        skip(reason);
        return;
      }
      const failures = checked!.failures;
      const observed = test.operation ? { observed: tally!.observed } : {};
      own.result = { status: failures.length > 0 ? 'failed' : 'passed', cases: checked!.cases, failures, traffic: tally!.traffic, ...observed, ...durationOf(tally) };
      if (failures.length > 0) {
        throw new Error(failures.map((f) => `${f.check}: ${f.message}\n  ${f.curl}\n  ${replayHint(f)}`).join('\n'));
      }
    });
  }
}

/**
 * Registers the conformance suite as vitest tests: one `describe` per spec and operation, one test per
 * check. Vendors call it in their own test files; `apiconform run` calls it from its suite file.
 *
 *     defineConformanceSuite({ baseUrl, auth: { accountSid, authToken }, fixtures });
 */
export function defineConformanceSuite(input: ConformanceSuiteInput): void {
  const options = withDefaults(input, CHECK_IDS);
  // Without it a vendor's failing run could not be run again: the seed is random unless given.
  console.log(`apiconform: seed ${options.seed}; to replay this run, pass seed: ${options.seed} to defineConformanceSuite`);
  registerConformanceSuite({
    ...options,
    specPaths: input.specs === undefined ? [BUNDLED_SPECS] : [input.specs].flat(),
    target: { baseUrl: input.baseUrl, auth: input.auth, fixtures: input.fixtures },
  });
}

/** The same, from a complete runtime (what `apiconform run` hands its suite file). */
export function registerConformanceSuite(runtime: ConformanceRuntime): void {
  describe('apiconform', async () => {
    const index = await loadSpecs(runtime.specPaths, { validated: runtime.specsValidated ?? false });
    checkFixtures(index, runtime.target.fixtures, runtime);
    // A subject may take as long as the run may: the deadline, and a margin for the cleanup.
    const hookTimeout = runtime.deadlineMs + 120_000;
    const session = new RunSession(runtime, index);
    const planned = planSuite(index, runtime);
    const bySpec = [...groupBy(planned, (t) => t.spec)].map(([spec, tests]) => [spec, [...groupBy(tests, (t) => t.subject).values()]] as const);
    let jobs: Map<Subject, Promise<Tally | undefined>> | undefined;
    let ready: Promise<void> | undefined;
    beforeAll(() => {
      // Parents without a fixture are made first; a subject whose parents cannot be had is skipped.
      ready = provideParents(session, planned);
      ready.catch(() => undefined); // told by every subject, which waits for it
      jobs = startSubjects(session, bySpec.flatMap(([, subjects]) => subjects), ready);
    });
    afterAll(async () => {
      await ready?.catch(() => undefined);
      await Promise.allSettled(jobs?.values() ?? []);
      await session.cleanup();
      await session.close();
    }, hookTimeout);
    for (const [spec, subjects] of bySpec) {
      describe(spec, () => {
        for (const tests of subjects) {
          describe(tests[0]!.subject, () => registerSubject(tests, () => jobs!.get(tests)!, hookTimeout));
        }
      });
    }
  });
}
