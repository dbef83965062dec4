import { chatMember, twilioError } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';

const fetch = { spec: 'chat_v2', operation: 'FetchMember', scenario: 'not_found' } as const;

export const errorShapeCases: ExchangeCase[] = [
  { name: 'a Twilio error body', ...fetch, response: { status: 404, json: twilioError(404, 20404) }, expect: [] },
  { name: 'extra error fields are fine', ...fetch, response: { status: 404, json: twilioError(404, 20404, { details: {} }) }, expect: [] },
  {
    name: 'more_info missing',
    ...fetch,
    response: { status: 404, json: { code: 20404, message: 'not found', status: 404 } },
    expect: [{ kind: 'required', pointer: '/more_info', message: ['error body: /more_info is required but missing'] }],
  },
  {
    name: 'status not the HTTP status',
    ...fetch,
    response: { status: 404, json: twilioError(400, 20404) },
    expect: [{ kind: 'status_mismatch', pointer: '/status', message: ['error body says status 400, the response is 404'] }],
  },
  {
    name: 'code as a string, more_info not a URL',
    ...fetch,
    response: { status: 404, json: twilioError(404, 20404, { code: '20404', more_info: 'see the docs' }) },
    expect: [
      { kind: 'type', pointer: '/code', message: ['error body: /code must be integer'] },
      { kind: 'format', pointer: '/more_info', message: ['error body: /more_info must match format "uri"'] },
    ],
  },
  {
    name: 'an HTML error page',
    ...fetch,
    response: { status: 502, body: '<h1>Bad Gateway</h1>', headers: { 'content-type': 'text/html' } },
    expect: [{ kind: 'not_json', message: ['a 502 must have a JSON error body; got 20 bytes of text/html'] }],
  },
  { name: 'not judged for a success', spec: 'chat_v2', operation: 'CreateMember', response: { status: 201, json: chatMember() }, applies: false, expect: [] },
];
