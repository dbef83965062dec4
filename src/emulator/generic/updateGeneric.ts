import { propertiesOf, successResponse } from '../model/successResponse.js';
import { representationSchema } from '../model/representationSchema.js';
import { applyValid } from '../values/applyValid.js';
import { dateText, parseDateText } from '../values/dateText.js';
import { sentValues } from '../values/sentValues.js';
import { notFound } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { findGeneric } from './findGeneric.js';
import { representGeneric } from './representGeneric.js';

/** `date_updated` moved to now (never backwards), in the format of the field. */
function moved(previous: unknown, format: unknown): string {
  return dateText(format, Math.max(Date.now(), parseDateText(previous) ?? 0));
}

/** POST on an instance path: exactly what was sent changes, and date_updated moves to now. */
export function updateGeneric(ctx: HandlerContext): EmulatorResponse {
  const item = findGeneric(ctx, 'update');
  if (!item) return notFound(ctx.request.mount + ctx.request.rawPath);
  const { operation, resource } = ctx.route;
  const success = successResponse(operation);
  const schema = success.schema ?? representationSchema(resource);
  const sent = sentValues(operation.requestBody?.schema, ctx.request, schema);
  const next = applyValid(item.fields, sent, schema);
  const dateUpdated = propertiesOf(schema).date_updated;
  if (dateUpdated !== undefined && !('date_updated' in sent)) {
    next.date_updated = moved(item.fields.date_updated, typeof dateUpdated === 'object' ? dateUpdated.format : undefined);
  }
  const stored = ctx.parent.items.replace(item, next);
  return { status: success.status, headers: {}, body: representGeneric(stored, success.schema, ctx) };
}
