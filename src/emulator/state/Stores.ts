import { Collection } from '../resources/Collection.js';
import type { ResourceNode } from '../model/ResourceNode.js';

/**
 * Every item the emulator holds: one collection per resource and chain of parent ids (the canonical
 * values of its list path's parameters), made on first use. A deleted parent's children stay here but
 * can no longer be reached: every request resolves its whole chain first.
 */
export class Stores {
  private readonly collections = new Map<string, Collection>();

  private static key(node: Pick<ResourceNode, 'key'>, chain: readonly string[]): string {
    return [node.key, ...chain].join('\u0000');
  }

  get(node: Pick<ResourceNode, 'key'>, chain: readonly string[]): Collection {
    const key = Stores.key(node, chain);
    let collection = this.collections.get(key);
    if (!collection) this.collections.set(key, (collection = new Collection()));
    return collection;
  }

  peek(node: Pick<ResourceNode, 'key'>, chain: readonly string[]): Collection | undefined {
    return this.collections.get(Stores.key(node, chain));
  }
}
