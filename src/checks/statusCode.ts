import { inScenario } from './guards.js';
import type { ExchangeCheck } from './types.js';

/**
 * A valid request gets a documented success status (2xx; a redirect where the operation documents only
 * redirects, as OAuth's authorize does); a documented body-less 200 must be empty.
 */
export const statusCode: ExchangeCheck = {
  id: 'status_code',
  judges: 'exchange',
  appliesTo: inScenario('positive'),
  run(ctx, { response }) {
    const success = ctx.operation.responses.filter((r) => /^2\d\d$/u.test(r.status));
    const documented = success.length > 0 ? success : ctx.operation.responses.filter((r) => /^3\d\d$/u.test(r.status));
    const statuses = documented.map((r) => r.status);
    const match = documented.find((r) => r.status === String(response.status));
    if (!match) {
      return [{
        check: 'status_code',
        kind: 'undocumented_status',
        message: `Received: ${response.status} / Documented: ${statuses.join(', ')}`,
      }];
    }
    if (match.schema === undefined && response.body.length > 0) {
      return [{
        check: 'status_code',
        kind: 'unexpected_body',
        message: `status ${response.status} is documented without a body, but the response has ${response.body.length} bytes`,
      }];
    }
    return [];
  },
};
