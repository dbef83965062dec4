import { fillPath } from '../../http/fillPath.js';
import type { Fields, CoreContext, Item } from '../types.js';

/** The absolute URL of an item: the instance path with the parents' SIDs and the item's own SID. */
export function itemUrl(item: Item, ctx: CoreContext): string {
  const { resource } = ctx.route;
  const values = { ...ctx.parent.path, [resource.idParam ?? 'Sid']: item.sid };
  return ctx.request.origin + fillPath(resource.instancePath ?? `${resource.listPath}/{Sid}`, values);
}

/** An item as JSON: its stored fields plus `url` (and `links` where the resource has them). */
export function represent(item: Item, ctx: CoreContext): Fields {
  const url = itemUrl(item, ctx);
  const links = ctx.route.behaviour.links?.(url);
  // The body is serialised at once, so a shallow copy will do; a fault hook may change nested values,
  // so it gets a deep copy to change.
  const fields = ctx.app.hooks.represent ? structuredClone(item.fields) : item.fields;
  const body: Fields = { ...fields, url, ...(links ? { links } : {}) };
  return ctx.app.hooks.represent ? ctx.app.hooks.represent(body, item, ctx) : body;
}
