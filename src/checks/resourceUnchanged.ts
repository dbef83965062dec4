import type { CheckId } from '../checkIds.js';
import type { CheckContext, Failure } from './types.js';

const fieldsOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A value as JSON, cut short: a generated attribute document can be kilobytes long. */
const brief = (value: unknown): string => {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
};

/**
 * "Changes nothing", on the resource the request addressed: fetched before and after, every field the
 * same. (The list around the request says whether something was created or removed; this says what
 * a refused update still changed, even where the list would not show it.)
 */
export function resourceUnchanged(check: CheckId, ctx: CheckContext): Failure[] {
  if (ctx.resourceBefore === undefined || ctx.resourceAfter === undefined) return [];
  const before = fieldsOf(ctx.resourceBefore);
  const after = fieldsOf(ctx.resourceAfter);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (changed.length === 0) return [];
  const shown = changed.slice(0, 3).map((key) => `${key} ${brief(before[key])} → ${brief(after[key])}`).join('; ');
  const more = changed.length > 3 ? ` (and ${changed.length - 3} more)` : '';
  return [{ check, kind: 'changed_resource', message: `the request was refused but changed ${String(before.sid ?? 'the resource')}: ${shown}${more}` }];
}
