import type { CheckId } from '../../checkIds.js';
import type { Evidence } from '../../checks/support/Evidence.js';
import type { Failure } from '../../checks/types.js';
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

/** Ends the sequence with the failure a check in src/checks found. */
export function stop(failure: Failure, outcome: Exchange | TransportFailure): never {
  throw new SequenceViolation(failure.check, failure.message, outcome);
}

/** Ends the sequence with the failure a check in src/checks found, if it found one. */
export function stopOn(failure: Failure | undefined, outcome: Exchange | TransportFailure): void {
  if (failure) stop(failure, outcome);
}

/** Ends the sequence with the failure a check in src/checks found, and the outcome that shows it. */
export function stopWith(evidence: Evidence | undefined): void {
  if (evidence) stopOn(evidence.failure, evidence.outcome);
}

/** A sequence request that never left (deadline, stop): the sequence ends without a verdict. */
export class NotSent extends Error {}
