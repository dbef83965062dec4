import { chatMember, twilioError } from '../support/bodies.js';
import { breaking, type ExchangeCase } from '../support/exchangeCase.js';
import { OTHER_SID } from '../support/subjects.js';

const missingIdentity = {
  spec: 'chat_v2',
  operation: 'CreateMember',
  scenario: 'negative',
  breaks: breaking('Identity', 'Identity is missing'),
  form: [['Attributes', '{}']],
} as const satisfies Partial<ExchangeCase>;
const before = [chatMember()];

export const negativeRejectionCases: ExchangeCase[] = [
  { name: 'a 400 with an error body, nothing changed', ...missingIdentity, listBefore: before, listAfter: before, response: { status: 400, json: twilioError(400, 21201) }, expect: [] },
  {
    name: 'a 409 is a 4xx too',
    ...missingIdentity,
    breaks: breaking('PageSize', 'PageSize is above its maximum 1000', 'range'),
    response: { status: 409, json: twilioError(409, 50404) },
    expect: [],
  },
  {
    name: 'accepted',
    ...missingIdentity,
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'accepted', message: ['Received: 201 / Expected: 4xx, because Identity is missing'] }],
  },
  {
    name: 'a 500 instead of a 4xx',
    ...missingIdentity,
    response: { status: 500, json: twilioError(500, 20500) },
    expect: [{ kind: 'server_error', message: ['Received: 500 / Expected: 4xx'] }],
  },
  {
    name: 'a 400 without an error body',
    ...missingIdentity,
    response: { status: 400, body: 'bad request', headers: { 'content-type': 'text/plain' } },
    expect: [{ kind: 'no_error_body', message: ['a 400 for "Identity is missing" has no Twilio error body'] }],
  },
  {
    name: 'refused, but created one all the same',
    ...missingIdentity,
    listBefore: before,
    listAfter: [...before, chatMember({ sid: OTHER_SID.chat_v2 })],
    response: { status: 400, json: twilioError(400, 21201) },
    expect: [{ kind: 'changed_state', message: [`the request was refused but created ${OTHER_SID.chat_v2}`] }],
  },
  {
    name: 'refused, but changed an item',
    ...missingIdentity,
    listBefore: before,
    listAfter: [chatMember({ attributes: '{"a":1}' })],
    response: { status: 400, json: twilioError(400, 21201) },
    expect: [{ kind: 'changed_state', message: ['the request was refused but changed an existing item'] }],
  },
  { name: 'not judged for a valid case', spec: 'chat_v2', operation: 'CreateMember', response: { status: 201, json: chatMember() }, applies: false, expect: [] },
];
