import { snakeCase } from '../../spec/snakeCase.js';
import type { Operation, Resource, SpecIndex } from '../../spec/types.js';
import { idFieldOf } from './idFieldOf.js';
import { instanceShape } from './instanceShape.js';
import { representationSchema } from './representationSchema.js';
import type { Level, ResourceNode } from './ResourceNode.js';

/** The resource tree of every loaded description. */
export interface Model {
  nodes: Map<Resource, ResourceNode>;
  /** Nodes by the shape of their instance path (see instanceShape): what a list path's parameters name. */
  byShape: Map<string, ResourceNode>;
  /** Operations outside any list/instance pair (a PUT, a DELETE on a list path) get a resource of their own. */
  others: Map<Operation, Resource>;
}

const parametersIn = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/gu)].map((match) => match[1]!);

/**
 * One level per list-path parameter, each naming the instance path that ends there. This is the tree
 * `x-twilio.parent` describes, read from the path itself: in Twilio's 55 files the two agree wherever
 * the parent is an instance the path has a parameter for; the other parents are groupings with no id
 * of their own (`/Usage.json`, `/SIP.json`, a list path) or, on two TaskRouter statistics paths, a
 * worker the path does not name: nothing to check. Files without `x-twilio` get the same tree.
 */
function levelsOf(specId: string, listPath: string): Level[] {
  const segments = listPath.split('/');
  const levels: Level[] = [];
  segments.forEach((segment, index) => {
    const param = /\{([^}]+)\}/u.exec(segment)?.[1];
    if (param !== undefined) levels.push({ param, shape: instanceShape(specId, segments.slice(0, index + 1).join('/')) });
  });
  return levels;
}

function nodeOf(resource: Resource): ResourceNode {
  const singleton = resource.instancePath !== undefined && resource.idParam === undefined;
  return {
    key: `${resource.specId} ${resource.listPath}`,
    specId: resource.specId,
    resource,
    levels: levelsOf(resource.specId, resource.listPath),
    checked: resource.operations.create !== undefined && !singleton,
    singleton,
    idField: idFieldOf(resource.idParam, representationSchema(resource)),
    children: {},
  };
}

/** A resource for an operation that pairs with nothing: its path is its "list path". */
const otherResource = (operation: Operation): Resource => ({
  specId: operation.specId,
  name: operation.operationId,
  listPath: operation.path,
  parentParams: parametersIn(operation.path),
  operations: {},
});

/** Links by structure: a resource whose list path is an instance path plus one literal segment is its child. */
function linkChildren(nodes: Iterable<ResourceNode>, byShape: Map<string, ResourceNode>): void {
  for (const node of nodes) {
    const segments = node.resource.listPath.split('/');
    const last = segments.pop()!;
    if (last.includes('{') || segments.length < 2) continue;
    const parent = byShape.get(instanceShape(node.specId, segments.join('/')));
    if (parent && parent !== node) parent.children[snakeCase(last.replace(/\.json$/u, ''))] = last;
  }
}

/** Builds the tree from the descriptions: cheap (no schema is compiled), done once at start-up. */
export function buildModel(index: SpecIndex): Model {
  const nodes = new Map<Resource, ResourceNode>();
  const byShape = new Map<string, ResourceNode>();
  for (const resource of index.resources) {
    const node = nodeOf(resource);
    nodes.set(resource, node);
    if (resource.instancePath !== undefined && !node.singleton) byShape.set(instanceShape(resource.specId, resource.instancePath), node);
  }
  const others = new Map<Operation, Resource>();
  for (const operation of index.operations) {
    if (operation.kind !== 'other') continue;
    const resource = otherResource(operation);
    others.set(operation, resource);
    nodes.set(resource, nodeOf(resource));
  }
  linkChildren(nodes.values(), byShape);
  return { nodes, byShape, others };
}
