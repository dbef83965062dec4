import { schemaTypes } from '../../spec/decodeWireValue.js';
import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

/**
 * A string that must not be empty (minLength ≥ 1, or a pattern) sent as `''`: an empty required
 * string, or an optional one such as `RoleSid` that a target must not take for "unset". Path
 * parameters are left alone (an empty segment is a different URL).
 */
export const emptyString: Mutation = (base, slots) =>
  slots
    .filter(
      (slot) =>
        slot.location !== 'path' &&
        schemaTypes(slot.schema).includes('string') &&
        ((schemaKeyword(slot.schema, 'minLength', 'number') ?? 0) >= 1 || schemaKeyword(slot.schema, 'pattern', 'string') !== undefined),
    )
    .map((slot) => withSlot(base, slot, { set: '' }, { rule: 'empty', description: `${slot.name} is empty` }));
