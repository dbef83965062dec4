import type { Resource } from '../../spec/types.js';
import { isAccount } from './producerOf.js';

/**
 * How a run has a parent the fixtures do not give: the caller's own account (`{AccountSid}`), one it
 * creates and deletes at the end, or (under --read-only, which never writes) the first one listed.
 * Undefined when there is no way: a resource that cannot be both created and deleted is never made,
 * so that a run leaves nothing behind.
 */
export type ParentWay = 'account' | 'create' | 'listed';

export function parentWay(producer: Resource, readOnly: boolean): ParentWay | undefined {
  if (isAccount(producer)) return 'account';
  if (readOnly) return producer.operations.list && producer.listKey ? 'listed' : undefined;
  return producer.operations.create && producer.operations.delete && producer.idParam ? 'create' : undefined;
}

/** Why a parent resource offers no way, in a few words for the skip reason. */
export function noWayReason(producer: Resource, readOnly: boolean): string {
  if (readOnly) return `--read-only, and ${producer.name} has no list to take one from`;
  if (!producer.operations.create) return `${producer.name} has no create operation`;
  return `${producer.name} has no delete operation: one made here would be left behind`;
}
