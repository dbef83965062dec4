import { sidPrefixOf } from '../model/sidPrefixOf.js';
import { representationSchema } from '../model/representationSchema.js';
import { baseFields } from '../generic/baseFields.js';
import type { Collection } from '../resources/Collection.js';
import type { HandlerContext } from '../types.js';

/** How many instances each parent holds of a resource the description gives no way to create. */
export const SEEDED_PER_PARENT = 2;

const seeded = new WeakSet<Collection>();

/**
 * A resource no create makes but whose instances are named by SID (a conference, a user, a SIM) holds
 * a small fixed set of instances under each parent, made the first time that parent's collection is
 * reached: its list shows them, and a SID-shaped id names one only if it is among them. SIDs come from
 * the seeded minter, so the same seed and the same requests give the same instances.
 */
export function seedUncreatable(ctx: HandlerContext): void {
  const { node } = ctx.route;
  const { items, chain } = ctx.parent;
  if (node.checked || node.singleton || node.resource.instancePath === undefined || seeded.has(items)) return;
  seeded.add(items);
  const prefix = sidPrefixOf(node);
  if (prefix === undefined) return;
  const { state } = ctx.app;
  const schema = representationSchema(node.resource);
  for (let index = 0; index < SEEDED_PER_PARENT; index++) {
    const sid = state.mintSid(prefix);
    const fields = baseFields(node, schema, chain, state.credentials.accountSid, Date.now());
    items.insert(sid, { ...fields, [node.idField]: sid });
  }
}
