import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Failure } from '../types.js';

/** A failure and the outcome that shows it (the one a report prints). */
export interface Evidence {
  failure: Failure;
  outcome: Exchange | TransportFailure;
}
