import { auth } from './auth.js';
import type { CheckId } from '../checkIds.js';
import { contentType } from './contentType.js';
import { defaults } from './defaults.js';
import { errorShape } from './errorShape.js';
import { negativeRejection } from './negativeRejection.js';
import { noServerError } from './noServerError.js';
import { notFound } from './notFound.js';
import { requestEcho } from './requestEcho.js';
import { responseHeaders } from './responseHeaders.js';
import { responseSchema } from './responseSchema.js';
import { selfUrl } from './selfUrl.js';
import { sidConsistency } from './sidConsistency.js';
import { sidPattern } from './sidPattern.js';
import { statusCode } from './statusCode.js';
import type { CheckContext, ExchangeCheck, Failure } from './types.js';
import type { Exchange } from '../http/types.js';

/** The checks that judge one exchange, by check id (docs/conformance.md order). */
export const EXCHANGE_CHECKS: Partial<Record<CheckId, ExchangeCheck>> = {
  status_code: statusCode,
  content_type: contentType,
  response_schema: responseSchema,
  sid_pattern: sidPattern,
  sid_consistency: sidConsistency,
  request_echo: requestEcho,
  defaults,
  self_url: selfUrl,
  negative_rejection: negativeRejection,
  not_found: notFound,
  auth,
  error_shape: errorShape,
  no_server_error: noServerError,
  response_headers: responseHeaders,
};

/** Runs the selected checks that apply to this exchange; returns the checks that applied and their failures. */
export function judgeExchange(
  ctx: CheckContext,
  exchange: Exchange,
  selected: readonly CheckId[],
): { applied: CheckId[]; failures: Failure[] } {
  const applied: CheckId[] = [];
  const failures: Failure[] = [];
  for (const id of selected) {
    const check = EXCHANGE_CHECKS[id];
    if (!check || !check.appliesTo(ctx, exchange)) continue;
    applied.push(id);
    failures.push(...check.run(ctx, exchange));
  }
  return { applied, failures };
}

export { CHECK_IDS, isCheckId, type CheckId } from '../checkIds.js';
export type { CheckContext, ExchangeCheck, Failure, Scenario } from './types.js';
