import type { Resource } from '../../spec/types.js';
import type { Fixtures } from '../../target.js';
import { noWayReason, parentWay } from './parentWay.js';
import { producerOf } from './producerOf.js';

/** Deeper than any Twilio path (five parents at most): a guard against a cycle, not a limit in practice. */
const MAX_DEPTH = 8;

/**
 * Why a resource cannot have all its parents, known before anything is sent: a parent path parameter
 * without a fixture that no resource of its spec can stand in for (none produces it, or the one that
 * does can be neither made nor, under --read-only, listed), here or further up. Undefined when the
 * fixtures and the resources that can be made cover them all; whether the target then makes them is
 * found out when the run starts.
 */
export function unmadeParent(resources: readonly Resource[], fixtures: Fixtures, readOnly: boolean, resource: Resource, depth = 0): string | undefined {
  const given = fixtures[resource.specId] ?? {};
  const missing = resource.parentParams.filter((name) => !given[name]);
  const fixtureLine = (why: string) => `fixture ${missing.map((name) => `${resource.specId}.${name}`).join(', ')} is missing${why}`;
  for (const param of missing) {
    const producer = producerOf(resources, resource, param);
    if (!producer || depth >= MAX_DEPTH) return fixtureLine('');
    if (parentWay(producer, readOnly) === undefined) return fixtureLine(` (${noWayReason(producer, readOnly)})`);
    const above = unmadeParent(resources, fixtures, readOnly, producer, depth + 1);
    if (above !== undefined) return depth === 0 ? fixtureLine(` (${producer.name}: ${above})`) : above;
  }
  return undefined;
}
