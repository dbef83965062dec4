import type { CheckId } from '../../checkIds.js';
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

/** A sequence request that never left (deadline, stop): the sequence ends without a verdict. */
export class NotSent extends Error {}
