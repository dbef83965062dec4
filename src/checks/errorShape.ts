import { compileSchema } from '../spec/compileSchema.js';
import { isError } from './guards.js';
import type { ExchangeCheck, Failure } from './types.js';

/** Twilio's error body (docs/conformance.md, Conventions). Built in: a spec need not document it. */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'more_info', 'status'],
  properties: {
    code: { type: 'integer' },
    message: { type: 'string' },
    more_info: { type: 'string', format: 'uri' },
    status: { type: 'integer' },
  },
};

/** Every 4xx and 5xx body has the error shape, with `status` equal to the HTTP status. */
export const errorShape: ExchangeCheck = {
  id: 'error_shape',
  judges: 'exchange',
  appliesTo: isError,
  run(_ctx, { response }) {
    if (response.json === undefined) {
      return [{ check: 'error_shape', kind: 'not_json', message: `a ${response.status} must have a JSON error body; got ${response.body.length} bytes of ${response.headers['content-type'] ?? 'no content type'}` }];
    }
    const failures: Failure[] = compileSchema(ERROR_SCHEMA)(response.json).map((issue) => ({
      check: 'error_shape',
      kind: issue.keyword,
      pointer: issue.pointer,
      message: `error body: ${issue.pointer || '(body)'} ${issue.message}`,
    }));
    const status = (response.json as { status?: unknown }).status;
    if (typeof status === 'number' && status !== response.status) {
      failures.push({ check: 'error_shape', kind: 'status_mismatch', pointer: '/status', message: `error body says status ${status}, the response is ${response.status}` });
    }
    return failures;
  },
};
