import { successResponse } from '../model/successResponse.js';
import { applyValid } from '../values/applyValid.js';
import { sentValues } from '../values/sentValues.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { baseFields } from './baseFields.js';
import { representGeneric } from './representGeneric.js';

/**
 * An operation outside the list/instance pattern (a PUT on a sub-path, a DELETE on a list, a list with
 * no array of items): the documented status and body shape, from one stored item per parent that what
 * a write sends changes. A DELETE answers its status and stores nothing.
 */
export function answerDocumented(ctx: HandlerContext): EmulatorResponse {
  const { operation } = ctx.route;
  const success = successResponse(operation);
  const { items, chain } = ctx.parent;
  let item = items.get('') ?? items.insert('', baseFields(ctx.route.node, success.schema, chain, ctx.app.state.credentials.accountSid, Date.now()));
  if (operation.method !== 'GET' && operation.method !== 'DELETE') {
    const sent = sentValues(operation.requestBody?.schema, ctx.request, success.schema);
    item = items.replace(item, applyValid(item.fields, sent, success.schema));
  }
  const body = operation.method === 'DELETE' && success.status === 204 ? undefined : representGeneric(item, success.schema, ctx);
  return { status: success.status, headers: {}, ...(body === undefined ? {} : { body }) };
}
