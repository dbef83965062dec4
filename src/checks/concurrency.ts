import { firstFailure } from './support/firstFailure.js';
import { ListReads } from './support/ListReads.js';
import { distinctCreatesFailure, missingFromListFailure, sameCreatesFailure } from './support/concurrentCreates.js';
import { reprOf } from './support/reprOf.js';
import type { Failure, SequenceCheck, Step } from './types.js';

/** The creates of one burst: consecutive `create together` steps, the last of them at `last`. */
function burstEndingAt(steps: readonly Step[], last: number): { burst: Step[]; first: number } {
  let first = last;
  while (steps[first - 1]?.action === 'create together') first -= 1;
  return { burst: steps.slice(first, last + 1), first };
}

/**
 * Creates sent at the same time behave as if sent one after another (docs/conformance.md
 * `concurrency`), over the steps of the concurrency sequence. A burst is judged whole, at its last
 * create: one whose creates all sent the same unique value gets one 201 and 409 for the rest; one of
 * distinct values gets a 201 for each, with distinct SIDs, all of which the list read afterwards holds.
 */
export const concurrency: SequenceCheck = {
  id: 'concurrency',
  judges: 'sequence',
  run({ resource }, steps) {
    const reads = new ListReads(resource.listKey, 'concurrency');
    let sids: unknown[] = [];
    const listed = (items: Record<string, unknown>[]) => missingFromListFailure(sids, new Set(items.map((item) => item.sid)));
    return firstFailure(steps, (step, index): Failure | undefined => {
      if (step.action === 'list' || step.action === 'next page') return reads.judge(step, listed);
      if (step.action !== 'create together' || steps[index + 1]?.action === 'create together') return undefined;
      const { burst, first } = burstEndingAt(steps, index);
      const [unique, value] = burst[0]!.form[0] ?? ['', ''];
      if (burst.length > 1 && burst.every((create) => create.form[0]?.[1] === value)) return sameCreatesFailure(burst, first, unique);
      sids = burst.map(({ outcome }) => reprOf(outcome).sid);
      return distinctCreatesFailure(burst, first, unique);
    });
  },
};
