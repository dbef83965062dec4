import type { Route } from '../types.js';
import type { TrieNode } from './RouteTable.js';

export type RouteMatch =
  | { found: true; route: Route; params: Record<string, string> }
  | { found: false; allowed: string[]; specIds: string[] };

const SEGMENT_PARAM = /^(.*?)\{([^}]+)\}(.*)$/u;

/** The leaf a decoded path reaches: a literal segment before a parameter, backtracking when a branch ends nowhere. */
function find(node: TrieNode, segments: readonly string[], index: number): TrieNode | undefined {
  if (index === segments.length) return node.routes.length > 0 ? node : undefined;
  const segment = segments[index]!;
  const literal = node.literals.get(segment);
  const viaLiteral = literal && find(literal, segments, index + 1);
  if (viaLiteral) return viaLiteral;
  for (const { prefix, suffix, node: next } of node.params) {
    if (segment.length < prefix.length + suffix.length || !segment.startsWith(prefix) || !segment.endsWith(suffix)) continue;
    const found = find(next, segments, index + 1);
    if (found) return found;
  }
  return undefined;
}

/** The path parameters of a request under one route's template (`{Sid}.json` gives Sid without `.json`). */
function bind(template: readonly string[], segments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  template.forEach((part, index) => {
    const param = SEGMENT_PARAM.exec(part);
    if (!param) return;
    const [, prefix = '', name = '', suffix = ''] = param;
    const segment = segments[index]!;
    params[name] = segment.slice(prefix.length, segment.length - suffix.length);
  });
  return params;
}

/**
 * The route for the decoded path and method. Not found: the methods the path allows (a 405 when there
 * are any), and the descriptions that share the path when it is more than one (the root of several).
 */
export function matchRoute(root: TrieNode | undefined, method: string, segments: readonly string[]): RouteMatch {
  const leaf = root && find(root, segments, 0);
  if (!leaf) return { found: false, allowed: [], specIds: [] };
  const specIds = [...new Set(leaf.routes.map((route) => route.operation.specId))];
  if (specIds.length > 1) return { found: false, allowed: [], specIds };
  const route = leaf.routes.find((candidate) => candidate.operation.method === method);
  if (route) return { found: true, route, params: bind(route.template, segments) };
  return { found: false, allowed: leaf.routes.map((candidate) => candidate.operation.method), specIds };
}
