import { prefixesOfPattern } from '../../spec/sids.js';
import type { JsonSchema } from '../../spec/types.js';
import { representationSchema } from '../model/representationSchema.js';
import { propertiesOf, successResponse } from '../model/successResponse.js';
import { applyValid } from '../values/applyValid.js';
import { sentValues } from '../values/sentValues.js';
import { ERROR_CODES, twilioError } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { baseFields } from './baseFields.js';
import { mintId } from './mintId.js';
import { representGeneric } from './representGeneric.js';

/** The prefix for a `sid` field of a schema (its pattern's, `XX` where it has none); undefined when it has no `sid`. */
function sidFieldPrefix(schema: JsonSchema | undefined): string | undefined {
  const property = propertiesOf(schema).sid;
  if (property === undefined) return undefined;
  return prefixesOfPattern(typeof property === 'object' ? property.pattern : undefined)[0] ?? 'XX';
}

/**
 * POST on a list path: a new item with a new id, the account, its parents, now as its dates and what
 * was sent in its fields; answered with the documented status (201) and representation.
 */
export function createGeneric(ctx: HandlerContext): EmulatorResponse {
  const { route, parent, request, app } = ctx;
  const success = successResponse(route.operation);
  const schema = success.schema ?? representationSchema(route.resource);
  const sent = sentValues(route.operation.requestBody?.schema, request, schema);
  const { id, value } = mintId(route.node, schema, sent, parent.items, app.state);
  if (parent.items.get(id)) return twilioError(409, ERROR_CODES.invalidParameter, `An item named ${id} already exists here`);
  const fields = applyValid(baseFields(route.node, schema, parent.chain, app.state.credentials.accountSid, Date.now()), sent, schema);
  fields[route.node.idField] = value;
  // An item named by something else (a Verify entity by `identity`) still has the `sid` its schema documents.
  const sidPrefix = sidFieldPrefix(schema);
  if (sidPrefix !== undefined && fields.sid === undefined) fields.sid = app.state.mintSid(sidPrefix);
  // docs/conformance.md `timestamps`: a create that sets date_created and not date_updated has them equal.
  if ('date_created' in sent && !('date_updated' in sent) && 'date_updated' in fields) fields.date_updated = fields.date_created;
  const item = parent.items.insert(id, fields);
  return { status: success.status, headers: {}, body: representGeneric(item, success.schema, ctx) };
}
