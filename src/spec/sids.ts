/** Every SID is two upper-case letters and 32 hex digits (docs/conformance.md, "Conventions"). */
export const ANY_SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/u;

export const isSidField = (name: string): boolean => name === 'sid' || name.endsWith('_sid');

/** `^RL[0-9a-fA-F]{32}$` → `RL`; undefined when a schema documents no prefix. */
export function prefixOfPattern(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? /^\^([A-Z]{2})\[/u.exec(pattern)?.[1] : undefined;
}

/** Every prefix a pattern allows, in order: `^(SM|MM)[0-9a-fA-F]{32}$` → `['SM', 'MM']`, `OR[0-9a-f]{32}` → `['OR']`. */
export function prefixesOfPattern(pattern: unknown): string[] {
  if (typeof pattern !== 'string') return [];
  const match = /^\^?(?:\(([A-Z]{2}(?:\|[A-Z]{2})*)\)|([A-Z]{2}))\[/u.exec(pattern);
  return match ? (match[1] ?? match[2]!).split('|') : [];
}
