import type { App, Parent, Route } from '../types.js';

/**
 * The parents a request's path names, each checked where the description keeps them: a value must be
 * the id (or the `sid` or `unique_name`) of an item of the parent resource under the parents before it. A
 * parent the description gives no way to create (no such resource, or one without create) is any
 * value. Undefined (a 404) when one is missing: unknown, deleted, or under another parent.
 */
export function resolveParent(app: App, route: Route, params: Record<string, string>): Parent | undefined {
  const path: Record<string, string> = {};
  const chain: string[] = [];
  for (const level of route.node.levels) {
    const value = params[level.param];
    if (value === undefined) return undefined;
    const node = app.model.byShape.get(level.shape);
    let id = value;
    if (node && node !== route.node && node.checked) {
      const items = app.stores.peek(node, chain);
      const item = items?.named(value);
      if (!item) return undefined;
      id = item.sid;
    }
    path[level.param] = id;
    chain.push(id);
  }
  const parent: Parent = { path, chain, items: app.stores.get(route.node, chain) };
  if (route.behaviour?.defaultRole && chain[0] !== undefined) parent.defaultRoleSid = defaultRole(app, chain[0]);
  return parent;
}

/** The default role of a service: the fixture's, or one made for it on first need. */
function defaultRole(app: App, serviceSid: string): string {
  const { defaultRoles, mintSid } = app.state;
  let role = defaultRoles.get(serviceSid);
  if (role === undefined) defaultRoles.set(serviceSid, (role = mintSid('RL')));
  return role;
}
