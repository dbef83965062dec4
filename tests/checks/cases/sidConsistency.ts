import { chatMember, listPage } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import { FIXTURES, OTHER_SID, SID } from '../support/subjects.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;

export const sidConsistencyCases: ExchangeCase[] = [
  { name: 'the caller\'s account and the path\'s parents', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'the channel named by unique name, channel_sid by SID',
    spec: 'chat_v2',
    operation: 'FetchMember',
    path: { ChannelSid: 'general', Sid: SID.chat_v2 },
    response: { status: 200, json: chatMember() },
    expect: [],
  },
  { name: 'a new SID', ...create, createdSids: [OTHER_SID.chat_v2], response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'another account',
    ...create,
    response: { status: 201, json: chatMember({ account_sid: `AC${'9'.repeat(32)}` }) },
    expect: [{ kind: 'wrong_parent', pointer: '/account_sid', message: [`Received: /account_sid "AC9999`, `/ Expected: AC${'0'.repeat(32)}`] }],
  },
  {
    name: 'the account the request named (AccountSid=AC…)',
    ...create,
    form: [['Identity', 'ana'], ['AccountSid', `AC${'9'.repeat(32)}`]],
    response: { status: 201, json: chatMember({ account_sid: `AC${'9'.repeat(32)}` }) },
    expect: [],
  },
  {
    name: "an AccountSid that is no account SID names no account: the caller's is expected",
    ...create,
    form: [['Identity', 'ana'], ['AccountSid', `QZ${'9'.repeat(32)}`]],
    response: { status: 201, json: chatMember({ account_sid: `QZ${'9'.repeat(32)}` }) },
    expect: [{ kind: 'wrong_parent', pointer: '/account_sid', message: [`Received: /account_sid "QZ9999`, `/ Expected: AC${'0'.repeat(32)}`] }],
  },
  {
    name: 'the channel unique name echoed as channel_sid',
    spec: 'chat_v2',
    operation: 'FetchMember',
    path: { ChannelSid: 'general', Sid: SID.chat_v2 },
    response: { status: 200, json: chatMember({ channel_sid: 'general' }) },
    expect: [{ kind: 'wrong_parent', pointer: '/channel_sid', message: ['Received: /channel_sid "general"', `Expected: ${FIXTURES.chat_v2!.ChannelSid}`] }],
  },
  {
    name: 'a list item of another service',
    spec: 'chat_v2',
    operation: 'ListMember',
    response: { status: 200, json: listPage('chat_v2', [chatMember(), chatMember({ service_sid: `IS${'9'.repeat(32)}` })]) },
    expect: [{ kind: 'wrong_parent', pointer: '/members/1/service_sid', message: ['Received: /members/1/service_sid'] }],
  },
  {
    name: 'a SID an earlier create already got',
    ...create,
    createdSids: [OTHER_SID.chat_v2, SID.chat_v2],
    response: { status: 201, json: chatMember() },
    expect: [{ kind: 'duplicate_sid', pointer: '/sid', message: [`create answered sid ${SID.chat_v2}, which an earlier create in this run already got`] }],
  },
];
