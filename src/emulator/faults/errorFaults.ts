import { ERROR_CODES, notFound, twilioError } from '../twilioError.js';
import type { EmulatorRequest, EmulatorResponse, Fields } from '../types.js';
import type { Fault } from './Fault.js';

const EMOJI = /\p{Extended_Pictographic}/u;
const withBody = (response: EmulatorResponse, change: (body: Fields) => Fields): EmulatorResponse =>
  response.status >= 400 && response.body !== undefined ? { ...response, body: change({ ...(response.body as Fields) }) } : response;
const values = (request: EmulatorRequest): string[] => [
  ...request.segments,
  ...[...request.query, ...request.form].flatMap(([name, value]) => [name, value]),
];
const errorMessage = (response: EmulatorResponse): string => String((response.body as { message?: unknown } | undefined)?.message ?? '');
const internalError = (message: string): EmulatorResponse => twilioError(500, ERROR_CODES.internal, `Internal error: ${message}`);

/** How errors are answered: their body, server errors, undocumented methods. */
export const errorFaults = [
  {
    name: 'error_missing_more_info',
    description: 'error bodies leave out more_info',
    check: 'error_shape',
    hooks: { respond: (r) => withBody(r, ({ more_info: _moreInfo, ...body }) => body) },
  },
  {
    name: 'error_status_mismatch',
    description: 'every error body says status 400, whatever the HTTP status',
    check: 'error_shape',
    hooks: { respond: (r) => withBody(r, (body) => ({ ...body, status: 400 })) },
  },
  {
    name: 'crash_on_emoji',
    description: 'an emoji anywhere in the path, query or form makes the handler throw (500)',
    check: 'no_server_error',
    hooks: {
      inspect: (request) => {
        if (values(request).some((value) => EMOJI.test(value))) throw new Error('cannot encode emoji');
      },
    },
  },
  {
    name: 'crash_on_encoded_slash',
    description: 'a %2F inside a path segment (an identity with "/") makes the router throw (500)',
    check: 'no_server_error',
    hooks: {
      inspect: (request) => {
        if (/%2f/iu.test(request.rawPath)) throw new Error('unexpected path separator');
      },
    },
  },
  {
    name: 'server_error_on_bad_encoding',
    description: 'malformed percent-encoding in the path or a form body answers 500 instead of 400',
    check: 'no_server_error',
    hooks: { respond: (r) => (r.status === 400 && errorMessage(r).startsWith('Malformed percent-encoding') ? internalError('cannot decode') : r) },
  },
  {
    name: 'crash_on_json_body',
    description: 'a JSON body where a form is documented answers 500 instead of 415',
    check: 'no_server_error',
    hooks: { respond: (r) => (r.status === 415 ? internalError('unexpected token in form body') : r) },
  },
  {
    name: 'undocumented_method_404',
    description: 'a method the path does not document answers 404 instead of 405',
    check: 'negative_rejection',
    hooks: { respond: (r) => (r.status === 405 ? notFound('requested') : r) },
  },
] as const satisfies readonly Fault[];
