import { represent } from '../../pipeline/represent.js';
import { applySent, sentFields } from '../../pipeline/sentFields.js';
import { nowUtcSeconds } from '../toUtcSeconds.js';
import type { EmulatorResponse, Fields, CoreContext } from '../../types.js';
import { conflict } from './conflict.js';
import { findClash } from './findClash.js';

/** The fields of a new item: defaults, then what was sent, then derived values. */
function newFields(sid: string, sent: Fields, ctx: CoreContext): Fields {
  const { behaviour } = ctx.route;
  const fields = applySent(behaviour.initial({ sid, now: nowUtcSeconds(), ctx }), sent);
  // docs/conformance.md `timestamps`: a create without DateUpdated has date_updated equal to date_created.
  if (!('date_updated' in sent)) fields.date_updated = fields.date_created;
  behaviour.complete?.(fields, ctx);
  return ctx.app.hooks.created ? ctx.app.hooks.created(fields, sent, ctx) : fields;
}

/** POST on the list path: 201 with the new item, or 409 when its identity (identifier) is taken. */
export async function createItem(ctx: CoreContext): Promise<EmulatorResponse> {
  const { app, route, parent, request } = ctx;
  const { hooks, state } = app;
  const minted = state.mintSid(route.resource.sidPrefix ?? 'XX');
  const sid = hooks.sid ? hooks.sid(minted) : minted;
  const fields = newFields(sid, sentFields(route.operation.requestBody?.schema, request.form), ctx);
  // From here to the insert nothing awaits (unless a fault says so): the check and the insert are atomic.
  if (findClash(fields, ctx, 'create')) return conflict(fields, ctx);
  if (hooks.beforeInsert) await hooks.beforeInsert();
  const item = parent.items.insert(sid, fields);
  return { status: 201, headers: {}, body: represent(item, ctx) };
}
