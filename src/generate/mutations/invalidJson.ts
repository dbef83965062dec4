import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { withSlot } from './withSlot.js';

const JSON_MEDIA = /^application\/(.+\+)?json$/u;

/** Text that is not a JSON document where one is documented (`Attributes={not json`). */
export const invalidJson: Mutation = (base, slots) =>
  slots
    .filter((slot) => JSON_MEDIA.test(schemaKeyword(slot.schema, 'contentMediaType', 'string') ?? ''))
    .map((slot) => withSlot(base, slot, { set: '{not json' }, { rule: 'json', description: `${slot.name} is not a JSON document` }));
