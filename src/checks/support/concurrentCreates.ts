import { isExchange } from '../../http/isExchange.js';
import { jsonIgnoringLabel } from '../../http/jsonIgnoringLabel.js';
import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Evidence } from './Evidence.js';

type Outcome = Exchange | TransportFailure;


const concurrency = (message: string, outcome: Outcome): Evidence => ({ failure: { check: 'concurrency', kind: 'sequence', message }, outcome });
/** As the sequences read a body: JSON whatever its label says (judging the label is content_type's job). */
const sidOf = (outcome: Exchange): unknown => (jsonIgnoringLabel(outcome.response) as { sid?: unknown } | null | undefined)?.sid;

/** Creates sent together with distinct values of `unique`: every one a 201, each with its own SID. */
export function distinctCreatesFailure(outcomes: readonly Outcome[], unique: string): Evidence | undefined {
  const refused = outcomes.filter((o) => !isExchange(o) || o.response.status !== 201);
  if (refused.length > 0) {
    const example = refused[0]!;
    return concurrency(`${refused.length} of ${outcomes.length} concurrent creates with distinct ${unique} values failed (first: ${!isExchange(example) ? example.code : example.response.status})`, example);
  }
  const sids = new Set(outcomes.map((o) => sidOf(o as Exchange)));
  if (sids.size !== outcomes.length) return concurrency(`${outcomes.length} concurrent creates gave only ${sids.size} distinct SIDs`, outcomes[0]!);
  return undefined;
}

/** Every SID created together is in the list read afterwards. */
export function missingFromListFailure(sids: readonly unknown[], listed: ReadonlySet<unknown>, list: Outcome): Evidence | undefined {
  const absent = sids.filter((sid) => !listed.has(sid));
  if (absent.length === 0) return undefined;
  return concurrency(`${absent.length} of ${sids.length} concurrently created items are missing from the list (${String(absent[0])})`, list);
}

/** Creates sent together with one value of `unique`: exactly one 201, a 409 for each of the others. */
export function sameCreatesFailure(outcomes: readonly Outcome[], unique: string): Evidence | undefined {
  const statuses = outcomes.map((o) => (!isExchange(o) ? o.code : o.response.status));
  const created = statuses.filter((s) => s === 201).length;
  const conflicts = statuses.filter((s) => s === 409).length;
  if (created === 1 && conflicts === outcomes.length - 1) return undefined;
  const total = outcomes.length;
  return concurrency(
    `${total} concurrent creates of one ${unique}: ${created} × 201 and ${conflicts} × 409; expected 1 and ${total - 1}`,
    outcomes.find((o) => isExchange(o) && o.response.status === 201) ?? outcomes[0]!,
  );
}
