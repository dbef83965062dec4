import { isExchange } from '../http/isExchange.js';
import type { Exchange, TransportFailure } from '../http/types.js';

/** Runs of a property that may still send requests once it has failed: the shrinking's budget. */
export const SHRINK_RUNS = 100;

/**
 * fast-check shrinks a failing property by running it on smaller cases, each a request or a whole
 * sequence. Past `runs` of those, the remaining candidates count as passing without being sent, so
 * shrinking stops at the smallest case found so far. A count, not a time: a seed gives the same
 * counterexample on any machine, and a failing run sends a bounded number of requests.
 */
export function shrinkBudget<T>(property: (value: T) => Promise<boolean>, runs = SHRINK_RUNS): (value: T) => Promise<boolean> {
  let failed = false;
  let spent = 0;
  return async (value) => {
    if (failed && ++spent > runs) return true;
    const holds = await property(value);
    if (!holds) failed = true;
    return holds;
  };
}

/** The answer's status (or the transport failure's code): a shrunk case fails the same way when it matches the first one's. */
export const answerKind = (outcome: Exchange | TransportFailure): string => (isExchange(outcome) ? String(outcome.response.status) : outcome.code);
