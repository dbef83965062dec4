import { successResponse } from '../../model/successResponse.js';
import { notFound } from '../../twilioError.js';
import type { EmulatorResponse, CoreContext } from '../../types.js';
import { findItem } from './findItem.js';

/** DELETE on the instance path: the documented status (204 where documented; Twilio's Proxy file says 200) and no body; 404 when `{Sid}` names nothing (a second delete too). */
export function deleteItem(ctx: CoreContext): EmulatorResponse {
  const item = findItem(ctx);
  if (!item) return notFound(ctx.request.mount + ctx.request.rawPath);
  const remove = (): void => void ctx.parent.items.remove(item.sid);
  if (ctx.app.hooks.remove) ctx.app.hooks.remove(remove);
  else remove();
  return { status: successResponse(ctx.route.operation).status, headers: {} };
}
