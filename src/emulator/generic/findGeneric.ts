import { schemaTypes } from '../../spec/decodeWireValue.js';
import { propertiesOf, successResponse } from '../model/successResponse.js';
import { representationSchema } from '../model/representationSchema.js';
import type { HandlerContext, Item } from '../types.js';
import { baseFields } from './baseFields.js';

/** Where the item must already exist (delete), may be made for a lookup unless it was deleted (fetch), or may be made (update). */
export type FindMode = 'delete' | 'fetch' | 'update';

/**
 * Whether an item the store does not hold is answered anyway, built from the schema: a singleton (one
 * per parent: a configuration, an action), or an instance the description gives no way to create and
 * names by something other than a SID (a phone number, a country code: a lookup).
 */
function materialisable(ctx: HandlerContext): boolean {
  const { node, operation } = ctx.route;
  if (node.singleton) return true;
  if (node.checked) return false;
  const param = operation.parameters.path.find((candidate) => candidate.name === node.resource.idParam);
  return !(typeof param?.schema === 'object' && typeof param.schema.pattern === 'string');
}

/** The item an instance request names: by id, by `unique_name`, or (see materialisable) made now and stored. */
export function findGeneric(ctx: HandlerContext, mode: FindMode): Item | undefined {
  const { node } = ctx.route;
  const { items } = ctx.parent;
  const id = node.singleton ? '' : (ctx.params[node.resource.idParam ?? 'Sid'] ?? '');
  const found = items.get(id) ?? (id === '' ? undefined : items.findBy('unique_name', id));
  if (found || mode === 'delete' || !materialisable(ctx) || (mode === 'fetch' && items.wasRemoved(id))) return found;
  const schema = representationSchema(node.resource) ?? successResponse(ctx.route.operation).schema;
  const fields = baseFields(node, schema, ctx.parent.chain, ctx.app.state.credentials.accountSid, Date.now());
  if (id !== '') {
    const property = propertiesOf(schema)[node.idField] ?? {};
    const numeric = schemaTypes(property).some((type) => type === 'integer' || type === 'number');
    fields[node.idField] = numeric && /^-?\d+$/u.test(id) ? Number(id) : id;
  }
  return items.insert(id, fields);
}
