import { chatMember, conversationsParticipant } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import { SID } from '../support/subjects.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;
const conversations = { spec: 'conversations_v1', operation: 'CreateServiceConversationParticipant' } as const;

export const requestEchoCases: ExchangeCase[] = [
  { name: 'Identity comes back in identity', ...create, form: [['Identity', 'jing']], response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'a date as the same instant in UTC, whole seconds',
    ...create,
    form: [['Identity', 'jing'], ['DateCreated', '2016-03-24T23:05:50.9+02:00']],
    response: { status: 201, json: chatMember({ date_created: '2016-03-24T21:05:50Z' }) },
    expect: [],
  },
  {
    name: 'Attributes as the same JSON, an empty index as null',
    ...create,
    form: [['Identity', 'jing'], ['Attributes', '{ "a" : 1 }'], ['LastConsumedMessageIndex', '']],
    response: { status: 201, json: chatMember({ attributes: '{"a":1}', last_consumed_message_index: null }) },
    expect: [],
  },
  {
    name: 'a dotted name nests',
    ...conversations,
    form: [['MessagingBinding.Address', '+15558675310']],
    response: { status: 201, json: conversationsParticipant({ identity: null, messaging_binding: { type: 'sms', address: '+15558675310' } }) },
    expect: [],
  },
  {
    name: 'Identity comes back changed',
    ...create,
    form: [['Identity', 'jing ']],
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'not_echoed', pointer: '/identity', message: ['sent Identity="jing "', 'but identity is "jing"'] }],
  },
  {
    name: 'an update that does not keep the index',
    spec: 'chat_v2',
    operation: 'UpdateMember',
    path: { Sid: SID.chat_v2 },
    form: [['LastConsumedMessageIndex', '7']],
    response: { status: 200, json: chatMember({ last_consumed_message_index: 6 }) },
    expect: [{ kind: 'not_echoed', pointer: '/last_consumed_message_index', message: ['sent LastConsumedMessageIndex="7", but last_consumed_message_index is 6'] }],
  },
  {
    name: 'a date one second off',
    ...create,
    form: [['Identity', 'jing'], ['DateUpdated', '2016-03-24T21:05:51Z']],
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'not_echoed', pointer: '/date_updated', message: ['but date_updated is "2016-03-24T21:05:50Z"'] }],
  },
  {
    name: 'the nested address is missing',
    ...conversations,
    form: [['MessagingBinding.Address', '+15558675310']],
    response: { status: 201, json: conversationsParticipant({ identity: null, messaging_binding: { type: 'sms' } }) },
    expect: [{ kind: 'not_echoed', pointer: '/messaging_binding/address', message: ['but messaging_binding.address is missing'] }],
  },
];
