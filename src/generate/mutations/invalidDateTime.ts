import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

/** Not a date at all; a day that does not exist; a date-time with no offset (RFC 3339 requires one). */
export const BAD_DATE_TIMES = ['not a date', '2016-02-30T21:05:50Z', '2016-03-24T21:05:50'];

/** An invalid `date-time` where one is documented (the validator drops any it would accept). */
export const invalidDateTime: Mutation = (base, slots) =>
  slots
    .filter((slot) => schemaKeyword(slot.schema, 'format', 'string') === 'date-time')
    .flatMap((slot) =>
      BAD_DATE_TIMES.map((value) =>
        withSlot(base, slot, { set: value }, { rule: 'date-time', description: `${slot.name} is "${value}", not an RFC 3339 date-time` }),
      ),
    );
