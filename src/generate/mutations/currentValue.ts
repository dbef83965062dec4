import type { RequestCase, Slot } from '../types.js';

/** The value a case sends for a slot (the last one when repeated), or undefined when it sends none. */
export function currentValue(base: RequestCase, slot: Slot): string | undefined {
  const last = (pairs: readonly [string, string][] | undefined) => pairs?.filter(([name]) => name === slot.name).at(-1)?.[1];
  if (slot.location === 'path') return base.path[slot.name];
  if (slot.location === 'query') return last(base.query);
  if (slot.location === 'body') return last(base.form);
  const key = Object.keys(base.headers).find((name) => name.toLowerCase() === slot.name.toLowerCase());
  return key === undefined ? undefined : base.headers[key];
}
