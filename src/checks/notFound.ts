import { errorCode } from './errorBody.js';
import { inScenario } from './guards.js';
import type { ExchangeCheck } from './types.js';

/** A well-formed but unknown parent or resource SID gets 404 with error code 20404. */
export const notFound: ExchangeCheck = {
  id: 'not_found',
  judges: 'exchange',
  appliesTo: inScenario('not_found'),
  run(ctx, { response }) {
    const code = errorCode(response);
    if (response.status === 404 && code === 20404) return [];
    return [{
      check: 'not_found',
      kind: response.status === 404 ? 'wrong_code' : 'wrong_status',
      message: `Received: ${response.status} code ${JSON.stringify(code)} / Expected: 404 code 20404, for ${ctx.case.breaks?.description ?? 'an unknown SID'}`,
    }];
  },
};
