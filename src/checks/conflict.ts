import { firstFailure } from './support/firstFailure.js';
import { ListReads } from './support/ListReads.js';
import { changedByRefusalFailure, listGrewFailure } from './support/refusedWrites.js';
import { reprOf, statusOf } from './support/reprOf.js';
import { statusFailure } from './support/statusFailure.js';
import type { Failure, SequenceCheck, Step } from './types.js';

type Repr = Record<string, unknown>;

/** The unique parameter a create or update sent, and its value (the sequence sends only that). */
const uniqueOf = (step: Step): [string, string] => step.form[0] ?? ['', ''];
const shown = ([unique, value]: [string, string]): string => `${unique}=${JSON.stringify(value)}`;
/** A failure shown by the refused request it follows from (`step`), rather than by the read that found it. */
const shownBy = (step: number | undefined, failure: Failure | undefined): Failure | undefined =>
  failure && step !== undefined ? { ...failure, step } : failure;

/**
 * A unique value is held once (docs/conformance.md `conflict`), over the steps of the conflict
 * sequence: a second create of a value answers 409 and leaves the list as long as it was read before
 * it; an update of another resource to that value answers 409, and both resources, fetched
 * afterwards, are as their creates made them.
 */
export const conflict: SequenceCheck = {
  id: 'conflict',
  judges: 'sequence',
  run({ resource }, steps) {
    const made = new Map<string, Repr>();
    const holders = new Map<string, string>();
    const reads = new ListReads(resource.listKey, 'conflict');
    let listed: number | undefined;
    let refusedCreate: number | undefined;
    let refusedUpdate: number | undefined;
    /** A read after a refused create: as long as the read before it. */
    const read = (items: Repr[]): Failure | undefined => {
      const [before, refused] = [listed, refusedCreate];
      [listed, refusedCreate] = [items.length, undefined];
      return before === undefined || refused === undefined ? undefined : shownBy(refused, listGrewFailure(before, items.length));
    };
    return firstFailure(steps, (step, index): Failure | undefined => {
      const status = statusOf(step.outcome);
      const now = reprOf(step.outcome);
      switch (step.action) {
        case 'create':
          made.set(String(now.sid), now);
          holders.set(uniqueOf(step)[1], String(now.sid));
          return statusFailure(status, [201], 'conflict', `create ${shown(uniqueOf(step))}`);
        case 'create again':
          refusedCreate = index;
          return statusFailure(status, [409], 'conflict', `a second create of ${shown(uniqueOf(step))}`);
        case 'list':
        case 'next page':
          return reads.judge(step, read);
        case 'update to a taken value': {
          refusedUpdate = index;
          const [unique, taken] = uniqueOf(step);
          const why = `an update of ${step.sid} to the ${unique} ${JSON.stringify(taken)} of ${holders.get(taken)}`;
          return statusFailure(status, [409], 'conflict', why);
        }
        case 'fetch': {
          const name = step.sid === steps[refusedUpdate ?? -1]?.sid ? 'the updated resource' : 'the holder';
          const was = made.get(step.sid ?? '') ?? {};
          return statusFailure(status, [200], 'conflict', `fetch ${name} after the refused update`) ?? shownBy(refusedUpdate, changedByRefusalFailure(name, was, now));
        }
        default:
          return undefined;
      }
    });
  },
};
