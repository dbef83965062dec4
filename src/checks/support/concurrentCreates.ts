import { isExchange } from '../../http/isExchange.js';
import type { Failure, Step } from '../types.js';
import { reprOf, statusOf } from './reprOf.js';

/** `step`: the index of the step that shows the failure. */
const concurrency = (message: string, step: number): Failure => ({ check: 'concurrency', kind: 'sequence', message, step });

/** Creates sent together (steps `first`… of the sequence) with distinct values of `unique`: every one a 201, each with its own SID. */
export function distinctCreatesFailure(burst: readonly Step[], first: number, unique: string): Failure | undefined {
  const refused = burst.findIndex(({ outcome }) => !isExchange(outcome) || outcome.response.status !== 201);
  if (refused >= 0) {
    const count = burst.filter(({ outcome }) => !isExchange(outcome) || outcome.response.status !== 201).length;
    const example = burst[refused]!.outcome;
    const got = isExchange(example) ? example.response.status : example.code;
    return concurrency(`${count} of ${burst.length} concurrent creates with distinct ${unique} values failed (first: ${got})`, first + refused);
  }
  const sids = new Set(burst.map(({ outcome }) => reprOf(outcome).sid));
  return sids.size === burst.length ? undefined : concurrency(`${burst.length} concurrent creates gave only ${sids.size} distinct SIDs`, first);
}

/** Every SID created together is in the list read afterwards (the failure is shown by the list's last page). */
export function missingFromListFailure(sids: readonly unknown[], listed: ReadonlySet<unknown>): Failure | undefined {
  const absent = sids.filter((sid) => !listed.has(sid));
  if (absent.length === 0) return undefined;
  return { check: 'concurrency', kind: 'sequence', message: `${absent.length} of ${sids.length} concurrently created items are missing from the list (${String(absent[0])})` };
}

/** Creates sent together (steps `first`… of the sequence) with one value of `unique`: exactly one 201, a 409 for each of the others. */
export function sameCreatesFailure(burst: readonly Step[], first: number, unique: string): Failure | undefined {
  const statuses = burst.map(({ outcome }) => (isExchange(outcome) ? outcome.response.status : outcome.code));
  const created = statuses.filter((s) => s === 201).length;
  const conflicts = statuses.filter((s) => s === 409).length;
  if (created === 1 && conflicts === burst.length - 1) return undefined;
  const total = burst.length;
  const shown = Math.max(0, burst.findIndex(({ outcome }) => statusOf(outcome) === 201));
  return concurrency(`${total} concurrent creates of one ${unique}: ${created} × 201 and ${conflicts} × 409; expected 1 and ${total - 1}`, first + shown);
}
