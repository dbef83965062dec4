import { schemaTypes } from '../../spec/decodeWireValue.js';
import { propertiesOf, successResponse } from '../model/successResponse.js';
import { representationSchema } from '../model/representationSchema.js';
import { sidPrefixOf } from '../model/sidPrefixOf.js';
import { seedUncreatable } from '../state/seedUncreatable.js';
import type { HandlerContext, Item } from '../types.js';
import { baseFields } from './baseFields.js';

/** Where the item must already exist (delete), may be made for a lookup unless it was deleted (fetch), or may be made (update). */
export type FindMode = 'delete' | 'fetch' | 'update';

/**
 * Whether an item the store does not hold is answered anyway, built from the schema: a singleton (one
 * per parent: a configuration, an action), or an instance the description gives no way to create and
 * names by something other than a SID (a phone number, a country code: a lookup). A SID-shaped id of
 * such a resource names only one of the instances seeded under its parent (see seedUncreatable).
 */
function materialisable(ctx: HandlerContext, id: string): boolean {
  const { node, operation } = ctx.route;
  if (node.singleton) return true;
  if (node.checked) return false;
  const prefix = sidPrefixOf(node);
  if (prefix !== undefined && new RegExp(`^${prefix}[0-9a-fA-F]{32}$`, 'u').test(id)) return false;
  const param = operation.parameters.path.find((candidate) => candidate.name === node.resource.idParam);
  return !(typeof param?.schema === 'object' && typeof param.schema.pattern === 'string');
}

/** The item an instance request names: by id, `sid` or `unique_name`, or (see materialisable) made now and stored. */
export function findGeneric(ctx: HandlerContext, mode: FindMode): Item | undefined {
  const { node } = ctx.route;
  seedUncreatable(ctx);
  const { items } = ctx.parent;
  const id = node.singleton ? '' : (ctx.params[node.resource.idParam ?? 'Sid'] ?? '');
  const found = node.singleton ? items.get(id) : items.named(id);
  if (found || mode === 'delete' || !materialisable(ctx, id) || (mode === 'fetch' && items.wasRemoved(id))) return found;
  const schema = representationSchema(node.resource) ?? successResponse(ctx.route.operation).schema;
  const fields = baseFields(node, schema, ctx.parent.chain, ctx.app.state.credentials.accountSid, Date.now());
  if (id !== '') {
    const property = propertiesOf(schema)[node.idField] ?? {};
    const numeric = schemaTypes(property).some((type) => type === 'integer' || type === 'number');
    fields[node.idField] = numeric && /^-?\d+$/u.test(id) ? Number(id) : id;
  }
  return items.insert(id, fields);
}
