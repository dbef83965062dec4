import { compileSchema } from '../spec/compileSchema.js';
import { decodeWireValue } from '../spec/decodeWireValue.js';
import { documentedResponse } from './responseSchema.js';
import type { ExchangeCheck, Failure } from './types.js';

/** Documented response headers, where present, match their schema; required ones are present. */
export const responseHeaders: ExchangeCheck = {
  id: 'response_headers',
  judges: 'exchange',
  appliesTo: (ctx) => ctx.scenario === 'positive',
  run(ctx, { response }) {
    const documented = documentedResponse(ctx.operation.responses, response.status);
    const failures: Failure[] = [];
    for (const header of documented?.headers ?? []) {
      const value = response.headers[header.name.toLowerCase()];
      if (value === undefined) {
        if (header.required) failures.push({ check: 'response_headers', kind: 'missing', message: `required header ${header.name} is missing` });
        continue;
      }
      const issues = compileSchema(header.schema)(decodeWireValue(header.schema, value));
      if (issues.length > 0) {
        failures.push({
          check: 'response_headers',
          kind: 'invalid',
          message: `header ${header.name}: ${JSON.stringify(value)} ${issues[0]!.message}`,
        });
      }
    }
    return failures;
  },
};
