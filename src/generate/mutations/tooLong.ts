import { codePointLength } from '../codePoints.js';
import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { currentValue } from './currentValue.js';
import { withSlot } from './withSlot.js';

const SHAPED = ['pattern', 'format', 'enum', 'const', 'contentMediaType'];

/**
 * One code point more than maxLength (Conversations `Identity` 257, Proxy `FriendlyName` 256): the
 * case's own value padded with `x`, so it stays as unique as the value it grew from. Strings whose
 * pattern or format fixes their shape are left to those mutations.
 */
export const tooLong: Mutation = (base, slots) =>
  slots.flatMap((slot) => {
    const maxLength = schemaKeyword(slot.schema, 'maxLength', 'number');
    if (maxLength === undefined || SHAPED.some((keyword) => typeof slot.schema === 'object' && keyword in slot.schema)) return [];
    const start = currentValue(base, slot) ?? '';
    const value = start + 'x'.repeat(Math.max(0, maxLength + 1 - codePointLength(start)));
    const length = codePointLength(value);
    return [withSlot(base, slot, { set: value }, { rule: 'maxLength', description: `${slot.name} has ${length} characters, more than ${maxLength}` })];
  });
