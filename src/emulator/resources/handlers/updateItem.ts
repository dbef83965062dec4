import { represent } from '../../pipeline/represent.js';
import { applySent, sentFields } from '../../pipeline/sentFields.js';
import { nowUtcSeconds } from '../toUtcSeconds.js';
import { notFound } from '../../twilioError.js';
import type { EmulatorResponse, CoreContext } from '../../types.js';
import { conflict } from './conflict.js';
import { findClash } from './findClash.js';
import { findItem } from './findItem.js';

/** The later of two `YYYY-MM-DDTHH:MM:SSZ` stamps (they sort as text). */
const later = (now: string, previous: unknown): string => (typeof previous === 'string' && previous > now ? previous : now);

/**
 * POST on the instance path: changes exactly what was sent; date_updated moves to now, never backwards.
 * 409 (and nothing changed) when the new identity is another item's.
 */
export function updateItem(ctx: CoreContext): EmulatorResponse {
  const item = findItem(ctx);
  if (!item) return notFound(ctx.request.mount + ctx.request.rawPath);
  const sent = sentFields(ctx.route.operation.requestBody?.schema, ctx.request.form);
  let next = applySent(item.fields, sent);
  if (!('date_updated' in sent)) next.date_updated = later(nowUtcSeconds(), item.fields.date_updated);
  ctx.route.behaviour.complete?.(next, ctx);
  if (ctx.app.hooks.updated) next = ctx.app.hooks.updated(next, item.fields, sent);
  // CONFORMANCE `conflict`: an update may not give another item's identity a second holder either.
  if (findClash(next, ctx, 'update', item)) return conflict(next, ctx);
  return { status: 200, headers: {}, body: represent(ctx.parent.items.replace(item, next), ctx) };
}
