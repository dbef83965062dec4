import type { Resource } from '../../spec/types.js';
import type { Fixtures } from '../../target.js';
import { noWayReason, parentWay } from './parentWay.js';
import { producerOf } from './producerOf.js';

/** Deeper than any Twilio path (five parents at most): a guard against a cycle, not a limit in practice. */
const MAX_DEPTH = 8;

interface Asking {
  resources: readonly Resource[];
  fixtures: Fixtures;
  readOnly: boolean;
}

/** Why one parent parameter without a fixture cannot be had ('' when nothing produces it); undefined when it can. */
function whyNot(asking: Asking, resource: Resource, param: string, depth: number): string | undefined {
  const producer = producerOf(asking.resources, resource, param);
  if (!producer || depth >= MAX_DEPTH) return '';
  if (parentWay(producer, asking.readOnly) === undefined) return ` (${noWayReason(producer, asking.readOnly)})`;
  const above = unmadeParentAt(asking, producer, depth + 1);
  return above === undefined ? undefined : ` (${producer.name}: ${above})`;
}

/** The parent parameters of a resource that have no fixture and cannot be made or found. */
export function unmadeParams(asking: Asking, resource: Resource): string[] {
  const given = asking.fixtures[resource.specId] ?? {};
  return resource.parentParams.filter((name) => !given[name] && whyNot(asking, resource, name, 0) !== undefined);
}

function unmadeParentAt(asking: Asking, resource: Resource, depth: number): string | undefined {
  const given = asking.fixtures[resource.specId] ?? {};
  const missing = resource.parentParams.filter((name) => !given[name]);
  for (const param of missing) {
    const why = whyNot(asking, resource, param, depth);
    if (why === undefined) continue;
    return `fixture ${missing.map((name) => `${resource.specId}.${name}`).join(', ')} is missing${why}`;
  }
  return undefined;
}

/**
 * Why a resource cannot have all its parents, known before anything is sent: a parent path parameter
 * without a fixture that no resource of its spec can stand in for (none produces it, or the one that
 * does can be neither made nor, under --read-only, listed), here or further up. Undefined when the
 * fixtures and the resources that can be made cover them all; whether the target then makes them is
 * found out when the run starts.
 */
export const unmadeParent = (resources: readonly Resource[], fixtures: Fixtures, readOnly: boolean, resource: Resource): string | undefined =>
  unmadeParentAt({ resources, fixtures, readOnly }, resource, 0);
