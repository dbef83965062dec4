import type { CheckId } from '../../checkIds.js';
import type { Exchange, TransportFailure } from '../../http/types.js';

/** A broken rule a check found in a sequence's steps: which check, why, and the answer that shows it. */
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
