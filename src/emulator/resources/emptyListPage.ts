import { pageRequest } from './handlers/listItems.js';
import { listMeta } from './listMeta.js';
import type { EmulatorResponse, PipelineContext } from '../types.js';

/** A 200 with no items for the list the request addressed (what a fault answers for an unknown parent). */
export function emptyListPage(ctx: PipelineContext): EmulatorResponse | undefined {
  if (!ctx.request || !ctx.route) return undefined;
  const key = ctx.route.resource.listKey ?? 'items';
  const paging = pageRequest(ctx.request.query);
  const meta = listMeta(ctx.request.origin + ctx.request.rawPath, key, paging, { items: [] });
  return { status: 200, headers: {}, body: { [key]: [], meta } };
}
