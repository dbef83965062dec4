import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTwilioError, startApi, type Api } from './api.js';

// CONFORMANCE `negative_rejection`: each example breaks one documented rule. Every one must get a 400
// (code 20001) whose message names the parameter, and must change nothing.

type Where = 'chat' | 'conversations' | 'proxy';

interface Case {
  name: string;
  method: 'POST' | 'GET' | 'DELETE';
  /** The path, given the client; `target` items exist in each list for update and delete cases. */
  path: (api: Api) => string;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** The parameter the error message must name. */
  names: string;
}

const HEX = '0123456789abcdef'.repeat(2);
const long = (length: number, char = 'x') => char.repeat(length);
const chatTarget = (api: Api) => `${api.chat()}/target`;
/** SIDs of the items update and delete cases address (created before the cases run). */
const targets = { conversations: '', proxy: '' };
const convTarget = (api: Api) => `${api.conversations()}/${targets.conversations}`;
const chatList = (api: Api) => api.chat();
const convList = (api: Api) => api.conversations();
const proxyList = (api: Api) => api.proxy();
const webhook = (value: string) => ({ 'x-twilio-webhook-enabled': value });

const CASES: Case[] = [
  // Chat v2 Member
  { name: 'chat create without Identity', method: 'POST', path: chatList, form: { Attributes: '{}' }, names: 'Identity' },
  { name: 'chat create with an empty Identity', method: 'POST', path: chatList, form: { Identity: '' }, names: 'Identity' },
  { name: 'chat create with a short RoleSid', method: 'POST', path: chatList, form: { Identity: 'n1', RoleSid: 'RL123' }, names: 'RoleSid' },
  { name: 'chat create with a RoleSid of another prefix', method: 'POST', path: chatList, form: { Identity: 'n1', RoleSid: `XX${HEX}` }, names: 'RoleSid' },
  { name: 'chat create with LastConsumedMessageIndex=abc', method: 'POST', path: chatList, form: { Identity: 'n1', LastConsumedMessageIndex: 'abc' }, names: 'LastConsumedMessageIndex' },
  { name: 'chat create with LastConsumedMessageIndex=1.5', method: 'POST', path: chatList, form: { Identity: 'n1', LastConsumedMessageIndex: '1.5' }, names: 'LastConsumedMessageIndex' },
  { name: 'chat create with DateCreated=yesterday', method: 'POST', path: chatList, form: { Identity: 'n1', DateCreated: 'yesterday' }, names: 'DateCreated' },
  { name: 'chat create with February 30th', method: 'POST', path: chatList, form: { Identity: 'n1', DateCreated: '2016-02-30T00:00:00Z' }, names: 'DateCreated' },
  { name: 'chat create with a date-time without offset', method: 'POST', path: chatList, form: { Identity: 'n1', DateUpdated: '2016-03-24T21:05:50' }, names: 'DateUpdated' },
  { name: 'chat create with a timestamp without seconds', method: 'POST', path: chatList, form: { Identity: 'n1', LastConsumptionTimestamp: '2016-03-24T21:05Z' }, names: 'LastConsumptionTimestamp' },
  { name: 'chat create with Attributes that are not JSON', method: 'POST', path: chatList, form: { Identity: 'n1', Attributes: '{not json' }, names: 'Attributes' },
  { name: 'chat create with webhook header yes', method: 'POST', path: chatList, form: { Identity: 'n1' }, headers: webhook('yes'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'chat create with webhook header TRUE', method: 'POST', path: chatList, form: { Identity: 'n1' }, headers: webhook('TRUE'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'chat create under a malformed ServiceSid', method: 'POST', path: (api) => api.chat(undefined, 'IS123'), form: { Identity: 'n1' }, names: 'ServiceSid' },
  { name: 'chat update with a bad RoleSid', method: 'POST', path: chatTarget, form: { RoleSid: 'role' }, names: 'RoleSid' },
  { name: 'chat update with LastConsumedMessageIndex=abc', method: 'POST', path: chatTarget, form: { LastConsumedMessageIndex: 'abc' }, names: 'LastConsumedMessageIndex' },
  { name: 'chat update with Attributes that are not JSON', method: 'POST', path: chatTarget, form: { Attributes: "{'single':'quotes'}" }, names: 'Attributes' },
  { name: 'chat update with an invalid DateUpdated', method: 'POST', path: chatTarget, form: { DateUpdated: '2016-13-01T00:00:00Z' }, names: 'DateUpdated' },
  { name: 'chat update with webhook header maybe', method: 'POST', path: chatTarget, form: { Attributes: '{}' }, headers: webhook('maybe'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'chat delete with webhook header 1', method: 'DELETE', path: chatTarget, headers: webhook('1'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'chat fetch under a ServiceSid of another prefix', method: 'GET', path: (api) => `${api.chat(undefined, `KS${HEX}`)}/target`, names: 'ServiceSid' },
  { name: 'chat list with PageSize=0', method: 'GET', path: (api) => `${api.chat()}?PageSize=0`, names: 'PageSize' },
  { name: 'chat list with PageSize=1001', method: 'GET', path: (api) => `${api.chat()}?PageSize=1001`, names: 'PageSize' },
  { name: 'chat list with PageSize=abc', method: 'GET', path: (api) => `${api.chat()}?PageSize=abc`, names: 'PageSize' },
  { name: 'chat list with Page=-1', method: 'GET', path: (api) => `${api.chat()}?Page=-1`, names: 'Page' },

  // Conversations v1 Participant
  { name: 'conversations create with neither Identity nor address', method: 'POST', path: convList, form: { Attributes: '{}' }, names: 'MessagingBinding.Address' },
  { name: 'conversations create with only a proxy address', method: 'POST', path: convList, form: { 'MessagingBinding.ProxyAddress': '+15017122661' }, names: 'Identity' },
  { name: 'conversations create with both empty', method: 'POST', path: convList, form: { Identity: '', 'MessagingBinding.Address': '' }, names: 'Identity' },
  { name: 'conversations create with an empty Identity', method: 'POST', path: convList, form: { Identity: '' }, names: 'Identity' },
  { name: 'conversations create with an empty address', method: 'POST', path: convList, form: { 'MessagingBinding.Address': '' }, names: 'MessagingBinding.Address' },
  { name: 'conversations create with a 257-character Identity', method: 'POST', path: convList, form: { Identity: long(257) }, names: 'Identity' },
  { name: 'conversations create with a 257-emoji Identity', method: 'POST', path: convList, form: { Identity: long(257, '😀') }, names: 'Identity' },
  { name: 'conversations create with a bad RoleSid', method: 'POST', path: convList, form: { Identity: 'n2', RoleSid: `rl${HEX}` }, names: 'RoleSid' },
  { name: 'conversations create with Attributes that are not JSON', method: 'POST', path: convList, form: { Identity: 'n2', Attributes: 'plain' }, names: 'Attributes' },
  { name: 'conversations create with an invalid DateCreated', method: 'POST', path: convList, form: { Identity: 'n2', DateCreated: '24/03/2016' }, names: 'DateCreated' },
  { name: 'conversations create with webhook header no', method: 'POST', path: convList, form: { Identity: 'n2' }, headers: webhook('no'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'conversations create under a malformed ChatServiceSid', method: 'POST', path: (api) => api.conversations(undefined, 'general'), form: { Identity: 'n2' }, names: 'ChatServiceSid' },
  { name: 'conversations update with an empty Identity', method: 'POST', path: convTarget, form: { Identity: '' }, names: 'Identity' },
  { name: 'conversations update with a 257-character Identity', method: 'POST', path: convTarget, form: { Identity: long(257) }, names: 'Identity' },
  { name: 'conversations update with LastReadMessageIndex=abc', method: 'POST', path: convTarget, form: { LastReadMessageIndex: 'abc' }, names: 'LastReadMessageIndex' },
  { name: 'conversations update with a bad RoleSid', method: 'POST', path: convTarget, form: { RoleSid: 'RL' }, names: 'RoleSid' },
  { name: 'conversations update with webhook header empty', method: 'POST', path: convTarget, form: { Attributes: '{}' }, headers: webhook(''), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'conversations delete with webhook header on', method: 'DELETE', path: convTarget, headers: webhook('on'), names: 'X-Twilio-Webhook-Enabled' },
  { name: 'conversations list with PageSize=101', method: 'GET', path: (api) => `${api.conversations()}?PageSize=101`, names: 'PageSize' },

  // Proxy v1 Participant
  { name: 'proxy create without Identifier', method: 'POST', path: proxyList, form: { FriendlyName: 'x' }, names: 'Identifier' },
  { name: 'proxy create with an empty Identifier', method: 'POST', path: proxyList, form: { Identifier: '' }, names: 'Identifier' },
  { name: 'proxy create with a 256-character FriendlyName', method: 'POST', path: proxyList, form: { Identifier: '+1', FriendlyName: long(256) }, names: 'FriendlyName' },
  { name: 'proxy create with a bad ProxyIdentifierSid', method: 'POST', path: proxyList, form: { Identifier: '+1', ProxyIdentifierSid: 'PN123' }, names: 'ProxyIdentifierSid' },
  { name: 'proxy create with a ProxyIdentifierSid of another prefix', method: 'POST', path: proxyList, form: { Identifier: '+1', ProxyIdentifierSid: `KP${HEX}` }, names: 'ProxyIdentifierSid' },
  { name: 'proxy create under a malformed SessionSid', method: 'POST', path: (api) => api.proxy(`KC${long(32, 'z')}`), form: { Identifier: '+1' }, names: 'SessionSid' },
  { name: 'proxy fetch with a malformed Sid', method: 'GET', path: (api) => `${api.proxy()}/+10000000000`, names: 'Sid' },
  { name: 'proxy fetch with a lower-case SID prefix', method: 'GET', path: (api) => `${api.proxy()}/kp${HEX}`, names: 'Sid' },
  { name: 'proxy delete with a malformed Sid', method: 'DELETE', path: (api) => `${api.proxy()}/KP1`, names: 'Sid' },
  { name: 'proxy delete under a malformed ServiceSid', method: 'DELETE', path: (api) => `${api.proxy(undefined, 'KS1')}/${targets.proxy}`, names: 'ServiceSid' },
  { name: 'proxy list with PageSize=1001', method: 'GET', path: (api) => `${api.proxy()}?PageSize=1001`, names: 'PageSize' },
];

let api: Api;
const everything = async () => ({
  chat: await api.listAll(api.chat(), 'members'),
  conversations: await api.listAll(api.conversations(), 'participants'),
  proxy: await api.listAll(api.proxy(), 'participants'),
});

beforeAll(async () => {
  api = await startApi({ seed: 3 });
  await api.post(api.chat(), { Identity: 'target', Attributes: '{"keep":true}' });
  const conversation = await api.post(api.conversations(), { Identity: 'target' });
  const proxy = await api.post(api.proxy(), { Identifier: '+10000000000' });
  Object.assign(targets, { conversations: conversation.json.sid, proxy: proxy.json.sid });
});
afterAll(() => api.emulator.close());

describe('negative_rejection: every CONFORMANCE example gets a 400 and changes nothing', () => {
  it.each(CASES)('$name', async ({ method, path, form, headers, names }) => {
    const before = await everything();
    expect(before.chat.map((member) => member.identity)).toEqual(['target']);
    const reply = await api.send(method, path(api), { ...(form ? { form } : {}), ...(headers ? { headers } : {}) });
    await expectTwilioError(reply, 400, 20001);
    expect(reply.json.message).toContain(` ${names} `);
    expect(await everything()).toEqual(before);
  });

  it('has cases for all three resources, and none of them got a 5xx', () => {
    const where = (resource: Where) => CASES.filter((c) => c.name.startsWith(resource));
    expect(where('chat')).toHaveLength(25);
    expect(where('conversations')).toHaveLength(19);
    expect(where('proxy')).toHaveLength(11);
    expect(api.emulator.stats.responsesByStatus['500']).toBeUndefined();
  });
});
