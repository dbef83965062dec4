import type { TransportFailure } from '../../http/types.js';
import { isExchange } from '../../http/isExchange.js';
import type { Failure, Step } from '../types.js';

/** A sequence request the target did not answer (`detail`: add the transport's own message). */
const noAnswerFailure = (outcome: TransportFailure, detail: boolean): Failure => ({
  check: 'no_server_error',
  kind: 'sequence',
  message: detail ? `no answer: ${outcome.code} (${outcome.message})` : `no answer: ${outcome.code}`,
});

/**
 * Every step of a sequence gets an answer, and no 5xx (`no_server_error`), before any rule of its
 * own is judged. The creates of a burst are the exception: `concurrency` counts what they got.
 */
export function unansweredFailure(step: Step): Failure | undefined {
  if (step.action === 'create together') return undefined;
  const followed = step.action === 'next page';
  if (!isExchange(step.outcome)) return noAnswerFailure(step.outcome, !followed);
  const status = step.outcome.response.status;
  if (status < 500) return undefined;
  return { check: 'no_server_error', kind: 'sequence', message: `Received: ${status} ${followed ? 'following next_page_url' : `for ${step.line}`}` };
}
