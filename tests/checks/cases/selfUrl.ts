import { LIST_URL, chatMember, listPage, proxyParticipant } from '../support/bodies.js';
import type { ExchangeCase } from '../support/exchangeCase.js';
import { FIXTURES, SID } from '../support/subjects.js';

const create = { spec: 'chat_v2', operation: 'CreateMember' } as const;
const chatPath = `/v2/Services/${FIXTURES.chat_v2!.ServiceSid}/Channels/${FIXTURES.chat_v2!.ChannelSid}/Members`;

export const selfUrlCases: ExchangeCase[] = [
  { name: 'the instance URL by its own SID', ...create, response: { status: 201, json: chatMember() }, expect: [] },
  {
    name: 'the target\'s own host is fine',
    ...create,
    response: { status: 201, json: chatMember({ url: `http://127.0.0.1:4010${chatPath}/${SID.chat_v2}` }) },
    expect: [],
  },
  {
    name: 'the channel by the unique name the request used',
    spec: 'chat_v2',
    operation: 'FetchMember',
    path: { ChannelSid: 'general', Sid: 'jing' },
    response: { status: 200, json: chatMember({ url: `https://chat.twilio.com/v2/Services/${FIXTURES.chat_v2!.ServiceSid}/Channels/general/Members/${SID.chat_v2}` }) },
    expect: [],
  },
  {
    name: 'behind a base URL with a path (a gateway, or serve\'s /chat), the url keeps that path',
    ...create,
    requestUrl: `http://127.0.0.1:4010/chat${chatPath}`,
    response: { status: 201, json: chatMember({ url: `http://127.0.0.1:4010/chat${chatPath}/${SID.chat_v2}` }) },
    expect: [],
  },
  {
    name: 'behind a base URL with a path, a url without it',
    ...create,
    requestUrl: `http://127.0.0.1:4010/chat${chatPath}`,
    response: { status: 201, json: chatMember({ url: `http://127.0.0.1:4010${chatPath}/${SID.chat_v2}` }) },
    expect: [{ kind: 'wrong_path', pointer: '/url', message: [`Expected path: /chat${chatPath}/${SID.chat_v2}`] }],
  },
  {
    name: 'an alias with an encoded slash in the request path is one segment, not a base path',
    spec: 'chat_v2',
    operation: 'FetchMember',
    path: { Sid: '3/L' },
    requestUrl: `http://127.0.0.1:4010${chatPath}/3%2FL`,
    response: { status: 200, json: chatMember() },
    expect: [],
  },
  { name: 'Proxy links below the url', spec: 'proxy_v1', operation: 'CreateParticipant', response: { status: 201, json: proxyParticipant() }, expect: [] },
  {
    name: 'the url names the member by identity',
    ...create,
    response: { status: 201, json: chatMember({ url: `${LIST_URL.chat_v2}/jing` }) },
    expect: [{ kind: 'wrong_path', pointer: '/url', message: [`Received: url "${LIST_URL.chat_v2}/jing"`, `Expected path: ${chatPath}/${SID.chat_v2}`] }],
  },
  {
    name: 'a relative url',
    spec: 'chat_v2',
    operation: 'ListMember',
    response: { status: 200, json: listPage('chat_v2', [chatMember({ url: `${chatPath}/${SID.chat_v2}` })]) },
    expect: [{ kind: 'not_absolute', pointer: '/members/0/url', message: ['Expected path:'] }],
  },
  {
    name: 'a Proxy link not below the url',
    spec: 'proxy_v1',
    operation: 'FetchParticipant',
    response: { status: 200, json: proxyParticipant({ links: { message_interactions: `${LIST_URL.proxy_v1}/MessageInteractions` } }) },
    expect: [{ kind: 'wrong_link', pointer: '/links/message_interactions', message: ['Received: links.message_interactions', `/Participants/${SID.proxy_v1}/MessageInteractions`] }],
  },
];
