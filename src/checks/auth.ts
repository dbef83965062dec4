import { errorCode } from './errorBody.js';
import { inScenario } from './guards.js';
import { listUnchanged } from './listUnchanged.js';
import type { ExchangeCheck, Failure } from './types.js';

/** Missing credentials, a wrong token or an unknown account get 401 / 20003 and change nothing. */
export const auth: ExchangeCheck = {
  id: 'auth',
  judges: 'exchange',
  appliesTo: inScenario('auth'),
  run(ctx, { response }) {
    const code = errorCode(response);
    const failures: Failure[] = [];
    if (response.status !== 401 || code !== 20003) {
      failures.push({
        check: 'auth',
        kind: response.status === 401 ? 'wrong_code' : 'wrong_status',
        message: `Received: ${response.status} code ${JSON.stringify(code)} / Expected: 401 code 20003, for ${ctx.case.breaks?.description ?? 'bad credentials'}`,
      });
    }
    return [...failures, ...listUnchanged('auth', ctx)];
  },
};
