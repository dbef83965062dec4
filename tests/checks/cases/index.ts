import type { CheckId } from '../../../src/checkIds.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { authCases } from './auth.js';
import { concurrencyCases } from './concurrency.js';
import { conflictCases } from './conflict.js';
import { contentTypeCases } from './contentType.js';
import { defaultsCases } from './defaults.js';
import { errorShapeCases } from './errorShape.js';
import { lifecycleCases } from './lifecycle.js';
import { negativeRejectionCases } from './negativeRejection.js';
import { noServerErrorCases } from './noServerError.js';
import { notFoundCases } from './notFound.js';
import { paginationCases } from './pagination.js';
import { requestEchoCases } from './requestEcho.js';
import { responseHeadersCases } from './responseHeaders.js';
import { responseSchemaCases } from './responseSchema.js';
import { selfUrlCases } from './selfUrl.js';
import { sidConsistencyCases } from './sidConsistency.js';
import { sidPatternCases } from './sidPattern.js';
import { statusCodeCases } from './statusCode.js';
import { timestampsCases } from './timestamps.js';

/** A check's cases, in the shape its check judges: exchanges, or the recorded steps of a sequence. */
export type CheckCases = { judges: 'exchange'; cases: ExchangeCase[] } | { judges: 'sequence'; cases: SequenceCase[] };

const exchange = (cases: ExchangeCase[]): CheckCases => ({ judges: 'exchange', cases });
const sequence = (cases: SequenceCase[]): CheckCases => ({ judges: 'sequence', cases });

/** The unit cases of every check, by check id (docs/conformance.md order), as src/checks/index.ts's CHECKS. */
export const CASES: Record<CheckId, CheckCases> = {
  status_code: exchange(statusCodeCases),
  content_type: exchange(contentTypeCases),
  response_schema: exchange(responseSchemaCases),
  sid_pattern: exchange(sidPatternCases),
  sid_consistency: exchange(sidConsistencyCases),
  request_echo: exchange(requestEchoCases),
  defaults: exchange(defaultsCases),
  self_url: exchange(selfUrlCases),
  lifecycle: sequence(lifecycleCases),
  timestamps: sequence(timestampsCases),
  pagination: sequence(paginationCases),
  negative_rejection: exchange(negativeRejectionCases),
  not_found: exchange(notFoundCases),
  auth: exchange(authCases),
  error_shape: exchange(errorShapeCases),
  no_server_error: exchange(noServerErrorCases),
  conflict: sequence(conflictCases),
  concurrency: sequence(concurrencyCases),
  response_headers: exchange(responseHeadersCases),
};
