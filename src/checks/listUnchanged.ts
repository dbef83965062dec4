import type { CheckContext, Failure } from './types.js';
import type { CheckId } from '../checkIds.js';

/** "Changes nothing": the resource list after the request is the list before it, item for item. */
export function listUnchanged(check: CheckId, ctx: CheckContext): Failure[] {
  if (ctx.listBefore === undefined || ctx.listAfter === undefined) return [];
  const before = JSON.stringify(ctx.listBefore);
  const after = JSON.stringify(ctx.listAfter);
  if (before === after) return [];
  const sids = (list: unknown[]) => new Set(list.map((item) => (item as { sid?: unknown }).sid));
  const added = [...sids(ctx.listAfter)].filter((sid) => !sids(ctx.listBefore!).has(sid));
  const removed = [...sids(ctx.listBefore)].filter((sid) => !sids(ctx.listAfter!).has(sid));
  const what =
    added.length > 0 ? `created ${added.join(', ')}` : removed.length > 0 ? `removed ${removed.join(', ')}` : 'changed an existing item';
  return [{ check, kind: 'changed_state', message: `the request was refused but ${what}` }];
}
