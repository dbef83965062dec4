import { chatMember, conversationsParticipant, listPage, proxyParticipant } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;
const { identity: _identity, ...withoutIdentity } = chatMember();

export const responseSchemaCases: ExchangeCase[] = [
  { name: 'a documented member', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  { name: 'unknown properties are fine', ...create, response: { status: 201, json: chatMember({ extra: 1 }) }, expect: [] },
  {
    name: 'a list page of participants',
    spec: 'conversations_v1',
    operation: 'ListServiceConversationParticipant',
    response: { status: 200, json: listPage('conversations_v1', [conversationsParticipant()]) },
    expect: [],
  },
  { name: 'a Proxy participant', spec: 'proxy_v1', operation: 'FetchParticipant', response: { status: 200, json: proxyParticipant() }, expect: [] },
  {
    name: 'a documented property is missing',
    ...create,
    response: { status: 201, json: withoutIdentity },
    expect: [{ kind: 'required', pointer: '/identity', message: ['/identity is required but missing'] }],
  },
  {
    name: 'a string where the schema says integer',
    ...create,
    response: { status: 201, json: chatMember({ last_consumed_message_index: '3' }) },
    expect: [{ kind: 'type', pointer: '/last_consumed_message_index', message: ['/last_consumed_message_index must be integer'] }],
  },
  {
    name: 'a date that is not a date-time',
    ...create,
    response: { status: 201, json: chatMember({ date_updated: 'yesterday' }) },
    expect: [{ kind: 'format', pointer: '/date_updated', message: ['/date_updated must match format "date-time"'] }],
  },
  {
    name: 'a list page without meta.next_page_url',
    spec: 'chat_v2',
    operation: 'ListMember',
    response: { status: 200, json: { members: [], meta: { ...(listPage('chat_v2', []).meta as object), next_page_url: undefined } } },
    expect: [{ kind: 'required', pointer: '/meta/next_page_url', message: ['is required but missing'] }],
  },
  {
    name: 'a success body that is not JSON',
    ...create,
    response: { status: 201, body: '<html></html>', headers: { 'content-type': 'text/html' } },
    expect: [{ kind: 'not_json', message: ['status 201 documents a JSON body, but the body is not JSON'] }],
  },
  { name: 'not judged for an error answer', ...create, response: { status: 400, json: { code: 1 } }, applies: false, expect: [] },
];
