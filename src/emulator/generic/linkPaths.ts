import { fillPath } from '../../http/fillPath.js';
import type { DependentProperty, Resource } from '../../spec/types.js';
import type { ResourceNode } from '../model/ResourceNode.js';
import type { Fields } from '../types.js';

/** The `x-twilio.dependentProperties` of a resource's path items (the instance path's first). */
function dependentOf(resource: Resource): Record<string, DependentProperty> | undefined {
  const { fetch, update, delete: remove, create, list } = resource.operations;
  return [fetch, update, remove, create, list].find((operation) => operation?.dependentProperties)?.dependentProperties;
}

/** `resource_url` with each placeholder filled from the body's field its mapping names; undefined if one is missing. */
function fill({ mapping, resource_url: url }: DependentProperty, body: Fields): string | undefined {
  const values: Record<string, string> = {};
  for (const [placeholder, field] of Object.entries(mapping ?? {})) {
    const value = body[field];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    values[placeholder] = String(value);
  }
  try {
    return fillPath(String(url), values);
  } catch {
    return undefined;
  }
}

/**
 * The paths of an item's sub-resources, by link name: from the description's dependentProperties
 * (`members` → `/v2/Services/IS…/Channels/CH…/Members`), else from the resources whose list path is
 * this item's path plus one segment.
 */
export function linkPaths(node: ResourceNode, body: Fields, self: string): Record<string, string> {
  const dependent = dependentOf(node.resource);
  const links: Record<string, string> = {};
  if (dependent) {
    for (const [name, property] of Object.entries(dependent)) {
      const path = fill(property, body);
      if (path !== undefined) links[name] = path;
    }
    return links;
  }
  const base = self.replace(/\.json$/u, '');
  for (const [name, segment] of Object.entries(node.children)) links[name] = `${base}/${segment}`;
  return links;
}
