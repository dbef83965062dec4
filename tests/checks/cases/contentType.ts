import { chatMember } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

export const contentTypeCases: ExchangeCase[] = [
  { name: 'a JSON body says application/json', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'a charset parameter is allowed',
    ...create,
    response: { status: 201, json: chatMember(), headers: { 'Content-Type': 'application/json; charset=utf-8' } },
    expect: [],
  },
  { name: 'a 204 with no body', spec: 'chat_v2', operation: 'DeleteMember', response: { status: 204 }, expect: [] },
  {
    name: 'a 204 with a body',
    spec: 'chat_v2',
    operation: 'DeleteMember',
    response: { status: 204, body: '{}', headers: { 'content-type': 'application/json' } },
    expect: [{ kind: 'body_on_204', message: ['a 204 must have no body, got 2 bytes'] }],
  },
  {
    name: 'a JSON body labelled text/html',
    ...create,
    response: { status: 201, body: JSON.stringify(chatMember()), headers: { 'content-type': 'text/html' } },
    expect: [{ kind: 'not_json', message: ['Received: Content-Type text/html / Expected: application/json'] }],
  },
  {
    name: 'a body with no Content-Type',
    ...create,
    response: { status: 201, body: JSON.stringify(chatMember()) },
    expect: [{ kind: 'missing', message: ['the body has no Content-Type'] }],
  },
  {
    name: 'a body that says JSON but does not parse',
    ...create,
    response: { status: 201, body: '{"sid": ', headers: { 'content-type': 'application/json' } },
    expect: [{ kind: 'invalid_json', message: ['the body says application/json but does not parse'] }],
  },
];
