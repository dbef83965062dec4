import { errorCode } from './errorBody.js';
import { inScenario } from './guards.js';
import { listUnchanged } from './listUnchanged.js';
import { resourceUnchanged } from './resourceUnchanged.js';
import type { ExchangeCheck, Failure } from './types.js';

/** A request that breaks the documented contract gets a 4xx with an error body and changes nothing. */
export const negativeRejection: ExchangeCheck = {
  id: 'negative_rejection',
  judges: 'exchange',
  appliesTo: inScenario('negative'),
  run(ctx, { response }) {
    const broken = ctx.case.breaks?.description ?? 'a documented rule';
    const failures: Failure[] = [];
    if (response.status < 400 || response.status >= 500) {
      failures.push({
        check: 'negative_rejection',
        kind: response.status < 400 ? 'accepted' : 'server_error',
        message: `Received: ${response.status} / Expected: 4xx, because ${broken}`,
      });
    } else if (ctx.case.breaks?.status !== undefined && response.status !== ctx.case.breaks.status) {
      failures.push({
        check: 'negative_rejection',
        kind: 'wrong_status',
        message: `Received: ${response.status} / Expected: ${ctx.case.breaks.status}, because ${broken}`,
      });
    } else if (typeof errorCode(response) !== 'number') {
      failures.push({ check: 'negative_rejection', kind: 'no_error_body', message: `a ${response.status} for "${broken}" has no Twilio error body` });
    }
    return [...failures, ...listUnchanged('negative_rejection', ctx), ...resourceUnchanged('negative_rejection', ctx)];
  },
};
