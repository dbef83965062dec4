import { chatMember, listPage, proxyParticipant } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

export const sidPatternCases: ExchangeCase[] = [
  { name: 'every SID of its prefix', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  { name: 'a null *_sid is fine', spec: 'conversations_v1', operation: 'CreateServiceConversationParticipant', response: { status: 201, json: { sid: `MB${'2'.repeat(32)}`, role_sid: null } }, expect: [] },
  {
    name: 'the own sid with another prefix',
    spec: 'proxy_v1',
    operation: 'CreateParticipant',
    response: { status: 201, json: proxyParticipant({ sid: `MB${'3'.repeat(32)}` }) },
    expect: [{ kind: 'bad_sid', pointer: '/sid', message: ['/sid is "MB3333', 'expected null or KP followed by 32 hex digits'] }],
  },
  {
    name: 'role_sid of the wrong prefix',
    ...create,
    response: { status: 201, json: chatMember({ role_sid: `KP${'7'.repeat(32)}` }) },
    expect: [{ kind: 'bad_sid', pointer: '/role_sid', message: ['expected null or RL followed by 32 hex digits'] }],
  },
  {
    name: 'a SID one digit short, inside a list page',
    spec: 'chat_v2',
    operation: 'ListMember',
    response: { status: 200, json: listPage('chat_v2', [chatMember(), chatMember({ channel_sid: `CH${'b'.repeat(31)}` })]) },
    expect: [{ kind: 'bad_sid', pointer: '/members/1/channel_sid', message: ['/members/1/channel_sid is "CH', 'expected null or CH'] }],
  },
  {
    name: 'a SID that is a number',
    ...create,
    response: { status: 201, json: chatMember({ account_sid: 12 }) },
    expect: [{ kind: 'bad_sid', pointer: '/account_sid', message: ['/account_sid is 12'] }],
  },
];
