import { twilioError } from '../support/bodies.js';
import { breaking, type ExchangeCase } from '../support/exchangeCase.js';
import { OTHER_SID } from '../support/subjects.js';

const unknown = {
  spec: 'chat_v2',
  operation: 'FetchMember',
  scenario: 'not_found',
  path: { Sid: OTHER_SID.chat_v2 },
  breaks: { ...breaking('Sid', 'Sid names no member'), location: 'path' },
} as const satisfies Partial<ExchangeCase>;

export const notFoundCases: ExchangeCase[] = [
  { name: '404 with code 20404', ...unknown, response: { status: 404, json: twilioError(404, 20404) }, expect: [] },
  {
    name: '404 with another code',
    ...unknown,
    response: { status: 404, json: twilioError(404, 20001) },
    expect: [{ kind: 'wrong_code', message: ['Received: 404 code 20001 / Expected: 404 code 20404, for Sid names no member'] }],
  },
  {
    name: '400 for an unknown SID',
    ...unknown,
    response: { status: 400, json: twilioError(400, 20404) },
    expect: [{ kind: 'wrong_status', message: ['Received: 400 code 20404 / Expected: 404 code 20404'] }],
  },
  {
    name: '404 with no body',
    ...unknown,
    response: { status: 404 },
    expect: [{ kind: 'wrong_code', message: ['Received: 404 code undefined'] }],
  },
  { name: 'not judged for a valid case', spec: 'chat_v2', operation: 'FetchMember', response: { status: 404, json: twilioError(404, 20404) }, applies: false, expect: [] },
];
