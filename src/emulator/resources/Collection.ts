import type { Fields, Item } from '../types.js';

/**
 * The items of one parent, in creation order. Every method is synchronous, so a create's
 * uniqueness check and its insert cannot interleave with another request's.
 */
export class Collection {
  private readonly bySid = new Map<string, Item>();
  private readonly removed = new Set<string>();
  private lastSeq = 0;

  /** How many items were ever inserted (the next integer id of a resource numbered by position). */
  get inserted(): number {
    return this.lastSeq;
  }

  /** Whether an item of that id was here and was deleted. */
  wasRemoved(sid: string): boolean {
    return this.removed.has(sid);
  }

  all(): Item[] {
    return [...this.bySid.values()];
  }

  get(sid: string): Item | undefined {
    return this.bySid.get(sid);
  }

  /** The first item (in creation order) whose field holds the value. */
  findBy(field: string, value: unknown): Item | undefined {
    for (const item of this.bySid.values()) if (item.fields[field] === value) return item;
    return undefined;
  }

  /** The item a path value names: its id, else its `sid` (an item keyed by another id: a Verify entity by identity), else its `unique_name`. */
  named(value: string): Item | undefined {
    if (value === '') return undefined;
    return this.get(value) ?? this.findBy('sid', value) ?? this.findBy('unique_name', value);
  }

  insert(sid: string, fields: Fields): Item {
    this.removed.delete(sid);
    const item = { sid, seq: ++this.lastSeq, fields };
    this.bySid.set(sid, item);
    return item;
  }

  /** Replaces an item's fields; it keeps its place in the order. */
  replace(item: Item, fields: Fields): Item {
    const next = { ...item, fields };
    this.bySid.set(item.sid, next);
    return next;
  }

  remove(sid: string): boolean {
    this.removed.add(sid);
    return this.bySid.delete(sid);
  }
}
