import type { Failure } from '../types.js';
import { describeDifference, differingFields } from './sameRepresentation.js';

const conflict = (message: string): Failure => ({ check: 'conflict', kind: 'sequence', message });

/** A refused duplicate create leaves the list as long as it was. */
export function listGrewFailure(before: number, after: number): Failure | undefined {
  return after === before ? undefined : conflict(`the refused duplicate still changed the list from ${before} to ${after} items`);
}

/** A refused update leaves the resource (`name`) as it was. */
export function changedByRefusalFailure(name: string, was: Record<string, unknown>, now: Record<string, unknown>): Failure | undefined {
  const differ = differingFields(was, now);
  return differ.length === 0 ? undefined : conflict(`the refused update still changed ${name}: ${describeDifference(differ, was, now)}`);
}
