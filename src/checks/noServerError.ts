import { always } from './guards.js';
import type { ExchangeCheck } from './types.js';

/** No request, valid or invalid, gets a 5xx. (A request with no answer at all is reported here too, by the runner.) */
export const noServerError: ExchangeCheck = {
  id: 'no_server_error',
  judges: 'exchange',
  appliesTo: always,
  run(ctx, { response }) {
    if (response.status < 500) return [];
    const what = ctx.case.breaks ? `a request where ${ctx.case.breaks.description}` : 'a valid request';
    return [{ check: 'no_server_error', kind: 'server_error', message: `Received: ${response.status} for ${what}` }];
  },
};
