import { isExchange } from '../../http/isExchange.js';
import { jsonIgnoringLabel } from '../../http/jsonIgnoringLabel.js';
import type { Exchange, TransportFailure } from '../../http/types.js';

/** An error body's own words, short: why a create was refused (`answered 400: Invalid request: …`). */
export function refusal(outcome: Exchange | TransportFailure): string {
  if (!isExchange(outcome)) return `got no answer (${outcome.code})`;
  const message = (jsonIgnoringLabel(outcome.response) as { message?: unknown } | undefined)?.message;
  const said = typeof message === 'string' ? `: ${message.length > 100 ? `${message.slice(0, 99)}…` : message}` : '';
  return `answered ${outcome.response.status}${said}`;
}
