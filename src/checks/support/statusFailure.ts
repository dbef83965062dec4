import type { CheckId } from '../../checkIds.js';
import type { Failure } from '../types.js';

/** A sequence's status rule: `check` fails unless the status is one of `expected` (`why` names the step). */
export function statusFailure(status: number, expected: readonly number[], check: CheckId, why: string): Failure | undefined {
  if (expected.includes(status)) return undefined;
  return { check, kind: 'sequence', message: `${why}: Received ${status} / Expected ${expected.join(' or ')}` };
}
