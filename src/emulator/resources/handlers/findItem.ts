import type { CoreContext, Item } from '../../types.js';

/** The item `{Sid}` names: by SID, or by identity where the resource allows that alias on this operation. */
export function findItem(ctx: CoreContext): Item | undefined {
  const { behaviour, resource, operation } = ctx.route;
  const id = ctx.params[resource.idParam ?? 'Sid'] ?? '';
  const bySid = ctx.parent.items.get(id);
  if (bySid) return bySid;
  const allowed = behaviour.aliasKinds.includes(operation.kind);
  const alias = ctx.app.hooks.alias ? ctx.app.hooks.alias(allowed) : allowed;
  return alias ? ctx.parent.items.findBy(behaviour.uniqueField, id) : undefined;
}
