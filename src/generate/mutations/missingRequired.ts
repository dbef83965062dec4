import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

/** A required query/header parameter or body property left out (Chat `Identity`, Proxy `Identifier`). */
export const missingRequired: Mutation = (base, slots) =>
  slots
    .filter((slot) => slot.required && slot.location !== 'path')
    .map((slot) => withSlot(base, slot, { remove: true }, { rule: 'required', description: `${slot.name} is missing` }));
