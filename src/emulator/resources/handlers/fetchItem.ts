import { represent } from '../../pipeline/represent.js';
import { notFound } from '../../twilioError.js';
import type { EmulatorResponse, CoreContext } from '../../types.js';
import { findItem } from './findItem.js';

/** GET on the instance path: 200 with the item, 404 when `{Sid}` names none. */
export function fetchItem(ctx: CoreContext): EmulatorResponse {
  const item = findItem(ctx);
  return item ? { status: 200, headers: {}, body: represent(item, ctx) } : notFound(ctx.request.mount + ctx.request.rawPath);
}
