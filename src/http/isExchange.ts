import type { Exchange, TransportFailure } from './types.js';

/**
 * Whether an outcome is an exchange (the target answered) rather than a transport failure (no answer,
 * or never sent): the one place that tells them apart.
 */
export const isExchange = (outcome: Exchange | TransportFailure): outcome is Exchange => 'response' in outcome;
