import { formatUtcSeconds, parseRfc3339 } from '../resources/toUtcSeconds.js';
import type { Fault } from './Fault.js';

/** What only a sequence of requests shows: deletes, timestamps, pages. */
export const sequenceFaults = [
  {
    name: 'delete_does_not_delete',
    description: 'delete answers 204 but the item stays (fetch and list still show it)',
    check: 'lifecycle',
    hooks: { remove: () => undefined },
  },
  {
    name: 'identity_alias_not_found',
    description: '{Sid} is never looked up as an identity, so fetch (update, delete) by identity answers 404',
    check: 'lifecycle',
    hooks: { alias: () => false },
  },
  {
    name: 'date_updated_frozen',
    description: 'an update without DateUpdated leaves date_updated where it was',
    check: 'timestamps',
    hooks: { updated: (next, previous, sent) => ('date_updated' in sent ? next : { ...next, date_updated: previous.date_updated }) },
  },
  {
    name: 'date_updated_ahead_on_create',
    description: 'a create without DateUpdated has date_updated one second after date_created',
    check: 'timestamps',
    hooks: {
      created: (fields, sent) =>
        'date_updated' in sent
          ? fields
          : { ...fields, date_updated: formatUtcSeconds((parseRfc3339(String(fields.date_created)) ?? 0) + 1000) },
    },
  },
  {
    name: 'next_page_skips_item',
    description: 'next_page_url starts one item too late, so walking the pages misses one item per page',
    check: 'pagination',
    hooks: { nextAnchor: (_last, following) => following[0]! },
  },
  {
    name: 'identity_filter_ignored',
    description: 'Chat list ignores the Identity filter and lists every member',
    check: 'pagination',
    hooks: { listFilter: () => [] },
  },
] as const satisfies readonly Fault[];
