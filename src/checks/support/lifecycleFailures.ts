import type { Failure } from '../types.js';
import { describeDifference, differingFields } from './sameRepresentation.js';

type Repr = Record<string, unknown>;

const lifecycle = (message: string): Failure => ({ check: 'lifecycle', kind: 'sequence', message });

/** A create answers the SID of what it made. */
export const createdWithoutSidFailure = (repr: Repr): Failure | undefined =>
  typeof repr.sid === 'string' ? undefined : lifecycle('create answered no sid');

/** A fetch (by SID or alias) shows the resource as it is. */
export function fetchedDiffersFailure(by: string, was: Repr, now: Repr): Failure | undefined {
  const differ = differingFields(was, now);
  return differ.length === 0 ? undefined : lifecycle(`fetch by ${by} differs from what the resource is: ${describeDifference(differ, was, now)}`);
}

/** An update changes what it sent and date_updated (`mayChange`), nothing else. */
export function updateChangedMoreFailure(sent: readonly string[], mayChange: readonly string[], was: Repr, now: Repr): Failure | undefined {
  const differ = differingFields(was, now, mayChange);
  return differ.length === 0 ? undefined : lifecycle(`an update of ${sent.join(', ') || 'nothing'} also changed ${describeDifference(differ, was, now)}`);
}

/** Every page of the list: each live resource once and as it is, no deleted one. */
export function listFailure(items: readonly Repr[], live: readonly { sid: string; repr: Repr }[], gone: readonly string[]): Failure | undefined {
  for (const item of live) {
    const found = items.filter((listed) => listed.sid === item.sid);
    if (found.length !== 1) return lifecycle(`list holds ${item.sid} ${found.length} times; expected once`);
    const differ = differingFields(item.repr, found[0]!);
    if (differ.length > 0) return lifecycle(`list shows ${item.sid} differently: ${describeDifference(differ, item.repr, found[0]!)}`);
  }
  const kept = gone.find((sid) => items.some((listed) => listed.sid === sid));
  return kept === undefined ? undefined : lifecycle(`list still holds ${kept}, which was deleted`);
}

/** A second create of a live resource's unique value is refused (the status itself: statusFailure). */
export function duplicateAcceptedFailure(unique: string, value: string, status: number, sid: unknown): Failure | undefined {
  if (status >= 300) return undefined;
  return { check: 'conflict', kind: 'sequence', message: `a second create of ${unique}=${JSON.stringify(value)} was accepted (${status}, ${String(sid)})` };
}
