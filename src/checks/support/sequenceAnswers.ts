import type { CheckId } from '../../checkIds.js';
import type { TransportFailure } from '../../http/types.js';
import type { Failure } from '../types.js';

/** A sequence request the target did not answer (`detail`: add the transport's own message). */
export const noAnswerFailure = (outcome: TransportFailure, detail: boolean): Failure => ({
  check: 'no_server_error',
  kind: 'sequence',
  message: detail ? `no answer: ${outcome.code} (${outcome.message})` : `no answer: ${outcome.code}`,
});

/** A sequence request answered 5xx (`what`: `for POST …`, `following next_page_url`). */
export function serverErrorFailure(status: number, what: string): Failure | undefined {
  return status >= 500 ? { check: 'no_server_error', kind: 'sequence', message: `Received: ${status} ${what}` } : undefined;
}

/** A list page holds its items under the resource's list key. */
export function listPageFailure(body: Record<string, unknown>, key: string | undefined, check: CheckId): Failure | undefined {
  return Array.isArray(body[key ?? '']) ? undefined : { check, kind: 'sequence', message: `a list page has no "${key}" array` };
}
