/** Every SID is two upper-case letters and 32 hex digits (docs/conformance.md, "Conventions"). */
export const ANY_SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/u;

export const isSidField = (name: string): boolean => name === 'sid' || name.endsWith('_sid');

/** `^RL[0-9a-fA-F]{32}$` → `RL`; undefined when a schema documents no prefix. */
export function prefixOfPattern(pattern: unknown): string | undefined {
  return typeof pattern === 'string' ? /^\^([A-Z]{2})\[/u.exec(pattern)?.[1] : undefined;
}
