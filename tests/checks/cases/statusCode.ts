import { chatMember, proxyParticipant } from '../support/bodies.js';
import { breaking, type ExchangeCase } from '../support/exchangeCase.js';

export const statusCodeCases: ExchangeCase[] = [
  { name: 'create answers 201', spec: 'chat_v2', operation: 'CreateMember', response: { status: 201, json: chatMember() }, expect: [] },
  { name: 'Proxy delete answers 204', spec: 'proxy_v1', operation: 'DeleteParticipant', response: { status: 204 }, expect: [] },
  { name: 'Proxy delete answers an empty 200', spec: 'proxy_v1', operation: 'DeleteParticipant', response: { status: 200 }, expect: [] },
  {
    name: 'create answers 200',
    spec: 'chat_v2',
    operation: 'CreateMember',
    response: { status: 200, json: chatMember() },
    expect: [{ kind: 'undocumented_status', message: ['Received: 200 / Documented: 201'] }],
  },
  {
    name: 'fetch answers 500',
    spec: 'conversations_v1',
    operation: 'FetchServiceConversationParticipant',
    response: { status: 500, json: { code: 20500 } },
    expect: [{ kind: 'undocumented_status', message: ['Received: 500 / Documented: 200'] }],
  },
  {
    name: 'Proxy delete answers 200 with a body',
    spec: 'proxy_v1',
    operation: 'DeleteParticipant',
    response: { status: 200, json: proxyParticipant() },
    expect: [{ kind: 'unexpected_body', message: ['status 200 is documented without a body', 'bytes'] }],
  },
  {
    name: 'Proxy delete answers 200 with a one-byte body',
    spec: 'proxy_v1',
    operation: 'DeleteParticipant',
    response: { status: 200, body: ' ' },
    expect: [{ kind: 'unexpected_body', message: ['status 200 is documented without a body, but the response has 1 bytes'] }],
  },
  {
    name: 'not judged for a negative case',
    spec: 'chat_v2',
    operation: 'CreateMember',
    scenario: 'negative',
    breaks: breaking('Identity', 'Identity is missing'),
    response: { status: 400, json: {} },
    applies: false,
    expect: [],
  },
];
