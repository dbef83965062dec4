import { successResponse } from '../model/successResponse.js';
import { notFound } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { findGeneric } from './findGeneric.js';
import { representGeneric } from './representGeneric.js';

/** GET on an instance path: the item as the operation documents it; 404 when the path names none. */
export function fetchGeneric(ctx: HandlerContext): EmulatorResponse {
  const item = findGeneric(ctx, 'fetch');
  if (!item) return notFound(ctx.request.mount + ctx.request.rawPath);
  const success = successResponse(ctx.route.operation);
  return { status: success.status, headers: {}, body: representGeneric(item, success.schema, ctx) };
}
