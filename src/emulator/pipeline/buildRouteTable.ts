import { listPathOf } from '../../spec/groupResources.js';
import type { Operation, Resource, SpecIndex } from '../../spec/types.js';
import { pathShape } from '../../spec/resourceRules.js';
import type { Model } from '../model/buildModel.js';
import type { ResourceBehaviour } from '../resources/ResourceBehaviour.js';
import type { Route } from '../types.js';
import { mountOf } from './mountOf.js';
import type { RouteTable, TrieNode } from './RouteTable.js';

const trieNode = (): TrieNode => ({ literals: new Map(), params: [], routes: [] });
const SEGMENT_PARAM = /^(.*?)\{[^}]+\}(.*)$/u;

function insert(root: TrieNode, route: Route): void {
  let node = root;
  for (const part of route.template) {
    const param = SEGMENT_PARAM.exec(part);
    if (!param) {
      let next = node.literals.get(part);
      if (!next) node.literals.set(part, (next = trieNode()));
      node = next;
      continue;
    }
    const [, prefix = '', suffix = ''] = param;
    let entry = node.params.find((candidate) => candidate.prefix === prefix && candidate.suffix === suffix);
    if (!entry) {
      node.params.push((entry = { prefix, suffix, node: trieNode() }));
      node.params.sort((a, b) => b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length));
    }
    node = entry.node;
  }
  node.routes.push(route);
}

/** The resource an operation belongs to, paired as groupResources pairs them. */
function resourceOf(operation: Operation, model: Model, byListPath: Map<string, Resource>): Resource | undefined {
  if (operation.kind === 'other') return model.others.get(operation);
  const onInstance = operation.kind === 'fetch' || operation.kind === 'update' || operation.kind === 'delete';
  return byListPath.get(`${operation.specId} ${onInstance ? listPathOf(operation.path) : operation.path}`);
}

/** One route per operation of every loaded description; a resource with a model of its own gets it. */
export function buildRoutes(index: SpecIndex, model: Model, behaviours: readonly ResourceBehaviour[]): Route[] {
  const byListPath = new Map(index.resources.map((resource) => [`${resource.specId} ${resource.listPath}`, resource]));
  const routes: Route[] = [];
  for (const operation of index.operations) {
    const resource = resourceOf(operation, model, byListPath);
    const node = resource && model.nodes.get(resource);
    if (!resource || !node) continue;
    const behaviour = behaviours.find((candidate) => pathShape(candidate.listPath) === pathShape(resource.listPath));
    routes.push({ operation, resource, node, ...(behaviour ? { behaviour } : {}), template: operation.path.split('/').slice(1) });
  }
  return routes;
}

/** Every route at the root and under its description's domain prefix. */
export function buildRouteTable(index: SpecIndex, routes: readonly Route[]): RouteTable {
  const specMounts = Object.fromEntries(index.specs.map((spec) => [spec.id, mountOf(spec)]));
  const mounts = new Map<string, TrieNode>([['', trieNode()]]);
  for (const route of routes) {
    const mount = specMounts[route.operation.specId]!;
    if (!mounts.has(mount)) mounts.set(mount, trieNode());
    insert(mounts.get('')!, route);
    insert(mounts.get(mount)!, route);
  }
  return { mounts, specMounts };
}
