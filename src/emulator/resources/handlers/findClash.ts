import type { Fields, CoreContext, Item } from '../../types.js';

/**
 * Another item under the same parent that already holds the unique value (identity, identifier)
 * `fields` would have: a create or an update that would give it a second holder is a 409.
 */
export function findClash(fields: Fields, ctx: CoreContext, kind: 'create' | 'update', self?: Item): Item | undefined {
  const { uniqueField } = ctx.route.behaviour;
  const key = fields[uniqueField];
  if (key === null || key === undefined) return undefined;
  if (self && self.fields[uniqueField] === key) return undefined; // unchanged: it only clashes with itself
  const existing = ctx.parent.items.findBy(uniqueField, key);
  const found = existing && existing.sid !== self?.sid ? existing : undefined;
  return ctx.app.hooks.clash ? ctx.app.hooks.clash(found, kind) : found;
}
