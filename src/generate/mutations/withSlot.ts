import type { Breakage, RequestCase, Slot } from '../types.js';

type Change = { set: string } | { remove: true };

/** The pairs without `name`, or with one `name` pair holding the new value, where the first one was. */
const replacePairs = (pairs: readonly [string, string][], name: string, change: Change): [string, string][] => {
  const at = pairs.findIndex(([key]) => key === name);
  const rest = pairs.filter(([key]) => key !== name);
  if ('remove' in change) return rest;
  const position = at < 0 ? rest.length : at;
  return [...rest.slice(0, position), [name, change.set], ...rest.slice(position)];
};

/** The base case with one slot set to a value (added when absent) or removed, labelled with what it breaks. */
export function withSlot(base: RequestCase, slot: Slot, change: Change, breaks: Omit<Breakage, 'location' | 'name'>): RequestCase {
  const labelled = { ...breaks, location: slot.location, name: slot.name };
  const next: RequestCase = { ...base, path: { ...base.path }, query: [...base.query], headers: { ...base.headers }, breaks: labelled };
  if (slot.location === 'path') {
    if ('set' in change) next.path[slot.name] = change.set;
    else delete next.path[slot.name];
  } else if (slot.location === 'query') {
    next.query = replacePairs(base.query, slot.name, change);
  } else if (slot.location === 'header') {
    for (const key of Object.keys(next.headers)) if (key.toLowerCase() === slot.name.toLowerCase()) delete next.headers[key];
    if ('set' in change) next.headers[slot.name] = change.set;
  } else if (slot.location === 'body') {
    next.form = replacePairs(base.form ?? [], slot.name, change);
  }
  return next;
}
