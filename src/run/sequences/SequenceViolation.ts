import type { CheckId } from '../../checks/checkIds.js';
import type { Exchange, TransportFailure } from '../../http/types.js';

/** A broken rule found by a sequence: which check, why, and the exchange that showed it. */
export class SequenceViolation extends Error {
  constructor(
    readonly check: CheckId,
    message: string,
    readonly outcome: Exchange | TransportFailure,
  ) {
    super(message);
  }
}
