import { chatMember, proxyParticipant } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

export const defaultsCases: ExchangeCase[] = [
  { name: 'what the docs promise when left out', ...create, form: [['Identity', 'jing']], response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'a sent value is not a default',
    ...create,
    form: [['Identity', 'jing'], ['Attributes', '{"a":1}'], ['LastConsumedMessageIndex', '4']],
    response: { status: 201, json: chatMember({ attributes: '{"a":1}', last_consumed_message_index: 4 }) },
    expect: [],
  },
  { name: 'Proxy picks a number from the pool', spec: 'proxy_v1', operation: 'CreateParticipant', form: [['Identifier', '+14155551212']], response: { status: 201, json: proxyParticipant() }, expect: [] },
  {
    name: 'attributes null instead of "{}"',
    ...create,
    form: [['Identity', 'jing']],
    response: { status: 201, json: chatMember({ attributes: null }) },
    expect: [{ kind: 'wrong_default', pointer: '/attributes', message: ['without Attributes, attributes must be "{}"; got null'] }],
  },
  {
    name: 'no role chosen',
    ...create,
    form: [['Identity', 'jing']],
    response: { status: 201, json: chatMember({ role_sid: null, last_consumed_message_index: 0 }) },
    expect: [
      { kind: 'wrong_default', pointer: '/role_sid', message: ['without RoleSid, role_sid must be a RL SID; got null'] },
      { kind: 'wrong_default', pointer: '/last_consumed_message_index', message: ['must be null; got 0'] },
    ],
  },
  {
    name: 'Proxy leaves the proxy number empty',
    spec: 'proxy_v1',
    operation: 'CreateParticipant',
    form: [['Identifier', '+14155551212']],
    response: { status: 201, json: proxyParticipant({ proxy_identifier: null }) },
    expect: [{ kind: 'wrong_default', pointer: '/proxy_identifier', message: ['without ProxyIdentifier, proxy_identifier must be not null; got null'] }],
  },
  { name: 'not judged for an update', spec: 'chat_v2', operation: 'UpdateMember', response: { status: 200, json: chatMember({ attributes: null }) }, applies: false, expect: [] },
];
