import type { CheckId } from '../../../src/checkIds.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import { authCases } from './auth.js';
import { contentTypeCases } from './contentType.js';
import { defaultsCases } from './defaults.js';
import { errorShapeCases } from './errorShape.js';
import { negativeRejectionCases } from './negativeRejection.js';
import { noServerErrorCases } from './noServerError.js';
import { notFoundCases } from './notFound.js';
import { requestEchoCases } from './requestEcho.js';
import { responseHeadersCases } from './responseHeaders.js';
import { responseSchemaCases } from './responseSchema.js';
import { selfUrlCases } from './selfUrl.js';
import { sidConsistencyCases } from './sidConsistency.js';
import { sidPatternCases } from './sidPattern.js';
import { statusCodeCases } from './statusCode.js';

/** The cases of every check that judges one exchange, by check id. */
export const EXCHANGE_CASES: Partial<Record<CheckId, ExchangeCase[]>> = {
  status_code: statusCodeCases,
  content_type: contentTypeCases,
  response_schema: responseSchemaCases,
  sid_pattern: sidPatternCases,
  sid_consistency: sidConsistencyCases,
  request_echo: requestEchoCases,
  defaults: defaultsCases,
  self_url: selfUrlCases,
  negative_rejection: negativeRejectionCases,
  not_found: notFoundCases,
  auth: authCases,
  error_shape: errorShapeCases,
  no_server_error: noServerErrorCases,
  response_headers: responseHeadersCases,
};
