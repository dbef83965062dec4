import { compileSchema } from '../spec/compileSchema.js';
import type { ResponseSpec } from '../spec/types.js';
import type { ExchangeCheck } from './types.js';

/** The documented response for a status: exact, then `2XX`-style ranges, then `default`. */
export function documentedResponse(responses: readonly ResponseSpec[], status: number): ResponseSpec | undefined {
  const exact = responses.find((r) => r.status === String(status));
  const range = responses.find((r) => r.status.toUpperCase() === `${String(status)[0]}XX`);
  return exact ?? range ?? responses.find((r) => r.status === 'default');
}

/** The body validates against the schema documented for its status (success responses). */
export const responseSchema: ExchangeCheck = {
  id: 'response_schema',
  judges: 'exchange',
  appliesTo: (ctx, { response }) => ctx.scenario === 'positive' && response.status >= 200 && response.status < 300,
  run(ctx, { response }) {
    const documented = documentedResponse(ctx.operation.responses, response.status);
    if (documented?.schema === undefined) return [];
    if (response.json === undefined) {
      return [{ check: 'response_schema', kind: 'not_json', message: `status ${response.status} documents a JSON body, but the body is not JSON` }];
    }
    return compileSchema(documented.schema)(response.json).map((issue) => ({
      check: 'response_schema',
      kind: issue.keyword,
      pointer: issue.pointer,
      message: `${issue.pointer || '(body)'} ${issue.message}`,
    }));
  },
};
