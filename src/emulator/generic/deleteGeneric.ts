import { successResponse } from '../model/successResponse.js';
import { notFound } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { findGeneric } from './findGeneric.js';
import { representGeneric } from './representGeneric.js';

/** DELETE on an instance path: the documented status (204, no body); 404 when the path names nothing (a second delete too). */
export function deleteGeneric(ctx: HandlerContext): EmulatorResponse {
  const item = findGeneric(ctx, 'delete');
  if (!item) return notFound(ctx.request.mount + ctx.request.rawPath);
  ctx.parent.items.remove(item.sid);
  const success = successResponse(ctx.route.operation);
  const body = representGeneric(item, success.schema, ctx);
  return { status: success.status, headers: {}, ...(body === undefined ? {} : { body }) };
}
