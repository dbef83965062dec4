import { schemaEnum } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

/** A value outside the enum: a plain other word, and the first value in upper case (`TRUE` is not `true`). */
export const badEnum: Mutation = (base, slots) =>
  slots.flatMap((slot) => {
    const choices = schemaEnum(slot.schema);
    if (choices === undefined) return [];
    const allowed = choices.map((choice) => (typeof choice === 'string' ? choice : JSON.stringify(choice)));
    const candidates = [...new Set(['maybe', allowed[0]?.toUpperCase() ?? 'MAYBE'])].filter((value) => !allowed.includes(value));
    return candidates.map((value) =>
      withSlot(base, slot, { set: value }, { rule: 'enum', description: `${slot.name} is "${value}", not one of ${allowed.join(', ')}` }),
    );
  });
