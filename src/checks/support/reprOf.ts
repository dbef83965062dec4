import { jsonIgnoringLabel } from '../../http/jsonIgnoringLabel.js';
import type { Exchange, TransportFailure } from '../../http/types.js';
import { isExchange } from '../../http/isExchange.js';

/**
 * A body as an object, whatever its label says (judging the label is content_type's job); `{}` when it
 * is not one, or there was no answer, so that field rules fail plainly.
 */
export function reprOf(outcome: Exchange | TransportFailure): Record<string, any> {
  const json = isExchange(outcome) ? jsonIgnoringLabel(outcome.response) : undefined;
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, any>) : {};
}

/** The status of an answer (0: no answer). */
export const statusOf = (outcome: Exchange | TransportFailure): number => (isExchange(outcome) ? outcome.response.status : 0);
