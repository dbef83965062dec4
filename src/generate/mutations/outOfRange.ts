import { schemaTypes } from '../../spec/decodeWireValue.js';
import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation, RequestCase, Slot } from '../types.js';
import { withSlot } from './withSlot.js';

const outside = (base: RequestCase, slot: Slot, value: number, side: string, bound: number) =>
  withSlot(base, slot, { set: String(value) }, { rule: 'range', description: `${slot.name} is ${value}, ${side} ${bound}` });

/** Just past each documented bound: `PageSize` 0 and maximum + 1; an exclusive bound itself. */
export const outOfRange: Mutation = (base, slots) =>
  slots.flatMap((slot) => {
    const types = schemaTypes(slot.schema);
    if (!types.includes('integer') && !types.includes('number')) return [];
    const minimum = schemaKeyword(slot.schema, 'minimum', 'number');
    const maximum = schemaKeyword(slot.schema, 'maximum', 'number');
    const exclusiveMinimum = schemaKeyword(slot.schema, 'exclusiveMinimum', 'number');
    const exclusiveMaximum = schemaKeyword(slot.schema, 'exclusiveMaximum', 'number');
    const step = (bound: number) => (Number.isInteger(bound) ? 1 : Math.abs(bound) || 1);
    return [
      ...(minimum === undefined ? [] : [outside(base, slot, minimum - step(minimum), 'below the minimum', minimum)]),
      ...(exclusiveMinimum === undefined ? [] : [outside(base, slot, exclusiveMinimum, 'at the exclusive minimum', exclusiveMinimum)]),
      ...(maximum === undefined ? [] : [outside(base, slot, maximum + step(maximum), 'above the maximum', maximum)]),
      ...(exclusiveMaximum === undefined ? [] : [outside(base, slot, exclusiveMaximum, 'at the exclusive maximum', exclusiveMaximum)]),
    ];
  });
