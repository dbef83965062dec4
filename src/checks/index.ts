import { auth } from './auth.js';
import type { CheckId } from '../checkIds.js';
import { concurrency } from './concurrency.js';
import { conflict } from './conflict.js';
import { contentType } from './contentType.js';
import { defaults } from './defaults.js';
import { errorShape } from './errorShape.js';
import { lifecycle } from './lifecycle.js';
import { negativeRejection } from './negativeRejection.js';
import { noServerError } from './noServerError.js';
import { notFound } from './notFound.js';
import { pagination } from './pagination.js';
import { requestEcho } from './requestEcho.js';
import { responseHeaders } from './responseHeaders.js';
import { responseSchema } from './responseSchema.js';
import { selfUrl } from './selfUrl.js';
import { sidConsistency } from './sidConsistency.js';
import { sidPattern } from './sidPattern.js';
import { statusCode } from './statusCode.js';
import { timestamps } from './timestamps.js';
import type { Check, CheckContext, Failure, SequenceContext, Step } from './types.js';
import type { Exchange } from '../http/types.js';

/**
 * Every check, by check id (docs/conformance.md order): each judges one exchange, or the recorded
 * steps of its sequence (`judges`).
 */
export const CHECKS: Record<CheckId, Check> = {
  status_code: statusCode,
  content_type: contentType,
  response_schema: responseSchema,
  sid_pattern: sidPattern,
  sid_consistency: sidConsistency,
  request_echo: requestEcho,
  defaults,
  self_url: selfUrl,
  lifecycle,
  timestamps,
  pagination,
  negative_rejection: negativeRejection,
  not_found: notFound,
  auth,
  error_shape: errorShape,
  no_server_error: noServerError,
  conflict,
  concurrency,
  response_headers: responseHeaders,
};

/** Whether a check judges one exchange (the others judge the recorded steps of a sequence). */
export const judgesExchanges = (id: CheckId): boolean => CHECKS[id].judges === 'exchange';

/** Runs the selected checks that apply to this exchange; returns the checks that applied and their failures. */
export function judgeExchange(
  ctx: CheckContext,
  exchange: Exchange,
  selected: readonly CheckId[],
): { applied: CheckId[]; failures: Failure[] } {
  const applied: CheckId[] = [];
  const failures: Failure[] = [];
  for (const id of selected) {
    const check = CHECKS[id];
    if (check.judges !== 'exchange' || !check.appliesTo(ctx, exchange)) continue;
    applied.push(id);
    failures.push(...check.run(ctx, exchange));
  }
  return { applied, failures };
}

/** The verdict of a sequence check on the steps its sequence recorded (none for an exchange check). */
export function judgeSteps(id: CheckId, ctx: SequenceContext, steps: readonly Step[]): Failure[] {
  const check = CHECKS[id];
  return check.judges === 'sequence' ? check.run(ctx, steps) : [];
}

export { CHECK_IDS, isCheckId, type CheckId } from '../checkIds.js';
export type { Check, CheckContext, ExchangeCheck, Failure, Scenario, SequenceCheck, SequenceContext, Step, StepAction } from './types.js';
