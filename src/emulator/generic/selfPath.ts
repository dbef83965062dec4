import { fillPath } from '../../http/fillPath.js';
import type { Resource } from '../../spec/types.js';

/**
 * The path of an item inside its description: the instance path with the parents and its id; a
 * singleton's own path; the list path for a resource that has no instance path (an action's result).
 */
export function selfPath(resource: Resource, parentPath: Readonly<Record<string, string>>, id: string): string {
  if (resource.instancePath !== undefined && resource.idParam !== undefined) {
    return fillPath(resource.instancePath, { ...parentPath, [resource.idParam]: id });
  }
  return fillPath(resource.instancePath ?? resource.listPath, parentPath);
}
