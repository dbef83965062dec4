import { pathShape } from '../../spec/resourceRules.js';
import type { SpecIndex } from '../../spec/types.js';
import type { ResourceBehaviour } from '../resources/ResourceBehaviour.js';
import type { Route } from '../types.js';

export type RouteMatch =
  | { found: true; route: Route; params: Record<string, string> }
  | { found: false; allowed: string[] };

const PARAM = /^\{(.+)\}$/u;

/** One route per operation of a resource the emulator has a behaviour for. */
export function buildRoutes(index: SpecIndex, behaviours: readonly ResourceBehaviour[]): Route[] {
  const routes: Route[] = [];
  for (const resource of index.resources) {
    const behaviour = behaviours.find((candidate) => pathShape(candidate.listPath) === pathShape(resource.listPath));
    if (!behaviour) continue;
    for (const operation of Object.values(resource.operations)) {
      if (operation) routes.push({ operation, resource, behaviour, template: operation.path.split('/').slice(1) });
    }
  }
  return routes;
}

function bind(template: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const name = PARAM.exec(part)?.[1];
    if (name !== undefined) params[name] = segments[index]!;
    else if (part !== segments[index]) return undefined;
  }
  return params;
}

/** The route for the decoded path and method; when only the method is wrong, the methods allowed. */
export function matchRoute(routes: readonly Route[], method: string, segments: readonly string[]): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = bind(route.template, segments);
    if (!params) continue;
    if (route.operation.method === method) return { found: true, route, params };
    allowed.push(route.operation.method);
  }
  return { found: false, allowed };
}
