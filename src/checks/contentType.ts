import { always } from './guards.js';
import type { ExchangeCheck } from './types.js';

const JSON_MEDIA = /^application\/json\s*(;|$)/iu;

/** Every response with a body says application/json; a 204 has no body at all. */
export const contentType: ExchangeCheck = {
  id: 'content_type',
  judges: 'exchange',
  appliesTo: always,
  run(_ctx, { response }) {
    const type = response.headers['content-type'];
    if (response.status === 204) {
      return response.body.length > 0
        ? [{ check: 'content_type', kind: 'body_on_204', message: `a 204 must have no body, got ${response.body.length} bytes` }]
        : [];
    }
    if (response.body.length === 0) return [];
    if (type === undefined) return [{ check: 'content_type', kind: 'missing', message: 'the body has no Content-Type; expected application/json' }];
    if (!JSON_MEDIA.test(type)) {
      return [{ check: 'content_type', kind: 'not_json', message: `Received: Content-Type ${type} / Expected: application/json` }];
    }
    if (response.jsonError !== undefined) {
      return [{ check: 'content_type', kind: 'invalid_json', message: `the body says application/json but does not parse: ${response.jsonError}` }];
    }
    return [];
  },
};
