import type { Resource } from '../../spec/types.js';
import { producerOf } from './producerOf.js';

/**
 * Resources that must not run side by side, as one key each: a resource and every resource whose path
 * passes through one of its instances, transitively (Services, Channels, Members, …). A member added
 * may change its channel in the channel list (a `members_count`, a `date_updated`), which the Channels
 * tests read around each refused write to prove it changed nothing; in one stream, they never overlap.
 * A resource with no parent in its spec is its own family.
 */
export function familiesOf(resources: readonly Resource[]): Map<Resource, Resource> {
  const up = new Map<Resource, Resource>();
  const rootOf = (resource: Resource): Resource => {
    let root = resource;
    while (up.has(root)) root = up.get(root)!;
    return root;
  };
  for (const resource of resources) {
    for (const param of resource.parentParams) {
      const producer = producerOf(resources, resource, param);
      if (!producer) continue;
      const [a, b] = [rootOf(resource), rootOf(producer)];
      if (a !== b) up.set(a, b);
    }
  }
  return new Map(resources.map((resource) => [resource, rootOf(resource)]));
}
