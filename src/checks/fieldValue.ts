/** The value at a dotted field path (`messaging_binding.address`); `missing` when a step is absent. */
export const MISSING = Symbol('missing');

export function fieldValue(object: Record<string, unknown>, path: string): unknown {
  let node: unknown = object;
  for (const step of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(step in node)) return MISSING;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}
