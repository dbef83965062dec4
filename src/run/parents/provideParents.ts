import type { PlannedTest } from '../plan.js';
import type { RunSession } from '../session/RunSession.js';

/**
 * Has the parents of every resource the run will test before any subject starts: made (or, under
 * --read-only, found) one resource at a time, so that a seed makes the same parents in the same order.
 * A resource whose parents cannot be had has its tests skipped, with the reason: the coverage says
 * which operations were not tested and why.
 */
export async function provideParents(session: RunSession, tests: readonly PlannedTest[]): Promise<void> {
  const resources = [...new Set(tests.filter((test) => !test.skip).map((test) => test.resource))];
  for (const resource of resources) {
    const reason = await session.parents.provide(resource);
    if (reason === undefined) continue;
    for (const test of tests) if (test.resource === resource && !test.skip) test.skip = reason;
  }
}
