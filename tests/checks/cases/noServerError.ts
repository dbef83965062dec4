import { chatMember, twilioError } from '../support/bodies.js';
import { breaking, type ExchangeCase } from '../support/exchangeCase.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

export const noServerErrorCases: ExchangeCase[] = [
  { name: 'a valid request answered', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  { name: 'an invalid request refused with a 4xx', ...create, scenario: 'negative', breaks: breaking('Identity', 'Identity is empty', 'empty'), response: { status: 400, json: twilioError(400, 21201) }, expect: [] },
  {
    name: 'a 503 for a valid request',
    ...create,
    response: { status: 503, json: twilioError(503, 20503) },
    expect: [{ kind: 'server_error', message: ['Received: 503 for a valid request'] }],
  },
  {
    name: 'a 500 for an invalid request',
    ...create,
    scenario: 'negative',
    breaks: breaking('Attributes', 'Attributes is not valid JSON', 'json'),
    response: { status: 500, body: '' },
    expect: [{ kind: 'server_error', message: ['Received: 500 for a request where Attributes is not valid JSON'] }],
  },
];
