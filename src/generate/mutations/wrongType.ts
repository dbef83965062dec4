import { schemaTypes } from '../../spec/decodeWireValue.js';
import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

const TYPED = ['integer', 'number', 'boolean'];

/** Text where a number or boolean is documented (`LastConsumedMessageIndex=abc`). */
export const wrongType: Mutation = (base, slots) =>
  slots.flatMap((slot) => {
    const types = schemaTypes(slot.schema);
    if (types.includes('string') || !types.some((type) => TYPED.includes(type))) return [];
    const expected = types.filter((type) => type !== 'null').join(' or ');
    return [withSlot(base, slot, { set: 'abc' }, { rule: 'type', description: `${slot.name} is "abc", not ${expected}` })];
  });
