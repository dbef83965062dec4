/**
 * One order consistent with every given sequence (each a subsequence of a common order): Kahn's
 * algorithm over "comes right after" edges, ties broken by first appearance. Shards list their tests
 * in the unsharded run's order, so their union comes back in that order.
 */
export function orderOfSequences(sequences: readonly (readonly string[])[]): string[] {
  const firstSeen: string[] = [];
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  for (const sequence of sequences) {
    sequence.forEach((item, i) => {
      if (!before.has(item)) (before.set(item, 0), after.set(item, new Set()), firstSeen.push(item));
      const previous = sequence[i - 1];
      if (previous !== undefined && previous !== item && !after.get(previous)!.has(item)) {
        after.get(previous)!.add(item);
        before.set(item, before.get(item)! + 1);
      }
    });
  }
  const order: string[] = [];
  const ready = new Set(firstSeen.filter((item) => before.get(item) === 0));
  while (order.length < firstSeen.length) {
    // A cycle (shards that disagree on the order) falls back to first appearance.
    const next = firstSeen.find((item) => ready.has(item)) ?? firstSeen.find((item) => !order.includes(item))!;
    ready.delete(next);
    order.push(next);
    before.set(next, -1);
    for (const item of after.get(next)!) {
      const count = before.get(item)! - 1;
      before.set(item, count);
      if (count === 0) ready.add(item);
    }
  }
  return order;
}
