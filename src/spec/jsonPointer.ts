/** RFC 6901 JSON pointers, as every diagnostic and failure in apiconform reports them. */
export const escapeSegment = (segment: string | number): string =>
  String(segment).replace(/~/gu, '~0').replace(/\//gu, '~1');

export const unescapeSegment = (segment: string): string => segment.replace(/~1/gu, '/').replace(/~0/gu, '~');

export const joinPointer = (base: string, ...segments: (string | number)[]): string =>
  base + segments.map((segment) => `/${escapeSegment(segment)}`).join('');

/** The value at `pointer` inside `root`, or undefined when any step is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return root;
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = unescapeSegment(decodeURIComponent(raw));
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
