import { executeOperation } from './executeOperation.js';
import { executeSequences } from './executeSequences.js';
import { familiesOf } from './parents/familiesOf.js';
import type { PlannedTest } from './plan.js';
import type { RunSession } from './session/RunSession.js';
import type { Tally } from './tally.js';

/** One subject's tests (an operation, or a resource's sequences), all of one resource. */
export type Subject = readonly PlannedTest[];

function execute(session: RunSession, tests: Subject): Promise<Tally | undefined> {
  const [{ resource, operation }] = tests as [PlannedTest];
  const checks = tests.filter((t) => !t.skip).map((t) => t.check);
  if (checks.length === 0) return Promise.resolve(undefined);
  return operation ? executeOperation(session, resource, operation, checks) : executeSequences(session, resource, checks);
}

/** Runs a subject and notes its wall time on its tally (JUnit's time per testcase). */
async function timed(session: RunSession, tests: Subject): Promise<Tally | undefined> {
  const started = performance.now();
  const tally = await execute(session, tests);
  if (tally) tally.durationMs = Math.round(performance.now() - started);
  return tally;
}

/**
 * Starts every subject once `ready` (the run's parents) is: one stream per family of resources (a
 * resource and those below its instances: familiesOf), the families side by side (they share nothing:
 * other parents, other lists), the subjects of a family one after the other (they share its lists).
 * The HTTP client still bounds the requests in flight to --concurrency. Returns each subject's result
 * (`ready`'s error, when it fails).
 */
export function startSubjects(session: RunSession, subjects: readonly Subject[], ready: Promise<void> = Promise.resolve()): Map<Subject, Promise<Tally | undefined>> {
  const jobs = new Map<Subject, Promise<Tally | undefined>>();
  const tails = new Map<object, Promise<unknown>>();
  const families = familiesOf(session.index.resources);
  for (const subject of subjects) {
    const family = families.get(subject[0]!.resource) ?? subject[0]!.resource;
    const job = (tails.get(family) ?? ready).then(() => timed(session, subject));
    jobs.set(subject, job);
    tails.set(family, job.catch(() => undefined)); // a subject that throws does not stop its successors
  }
  return jobs;
}
