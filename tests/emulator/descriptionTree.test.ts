import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { Api, SID } from './api.js';
import { startEmulator } from '../../src/emulator/index.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const FILES = ['chat_v2', 'ip_messaging_v2', 'conversations_v1', 'content_v1', 'lookups_v2', 'api_v2010'].map((name) => path.join(TWILIO_OAI, `twilio_${name}.json`));

let emulator: Emulator;
let api: Api;
beforeAll(async () => {
  if (!hasTwilioOai) return;
  emulator = await startEmulator({ specs: FILES, seed: 9 });
  api = new Api(emulator);
}, 120_000);
afterAll(() => emulator?.close());

/** A path under a description's prefix: `/chat/v2/Services`. */
const under = (specId: string, rest: string): string => new URL(emulator.baseUrls[specId]!).pathname + rest;

describe.skipIf(!hasTwilioOai)("routing and the resource tree, on Twilio's own descriptions", () => {
  it('serves each description under its domain; a root path two descriptions share names the prefixed URLs', async () => {
    expect(emulator.baseUrls).toMatchObject({ chat_v2: `${emulator.baseUrl}/chat`, ip_messaging_v2: `${emulator.baseUrl}/ip-messaging`, api_v2010: `${emulator.baseUrl}/api` });
    const shared = await api.get('/v2/Services');
    expect(shared.status).toBe(404);
    expect(shared.json).toMatchObject({
      code: 20404,
      message: 'The requested resource /v2/Services is described by more than one loaded description; use one of /chat/v2/Services (chat_v2), /ip-messaging/v2/Services (ip_messaging_v2)',
    });
    const chat = await api.get(under('chat_v2', '/v2/Services'));
    expect(chat.status).toBe(200);
    expect(chat.json.services.map((service: any) => service.sid)).toEqual([emulator.fixtures.chat_v2!.ServiceSid]);
    // Only conversations_v1 has /v1/Conversations: the root serves it too.
    expect((await api.get('/v1/Conversations')).status).toBe(200);
  });

  it('a child exists only under its own parent; deleting the parent makes it unreachable', async () => {
    const services = under('chat_v2', '/v2/Services');
    const service = (await api.post(services, { FriendlyName: 'tree' })).json;
    const channels = `${services}/${service.sid}/Channels`;
    const [a, b] = [(await api.post(channels, { UniqueName: 'a' })).json, (await api.post(channels, { UniqueName: 'b' })).json];
    const message = await api.post(`${channels}/a/Messages`, { Body: 'hi' });
    expect(message.status).toBe(201);
    expect(message.json).toMatchObject({ channel_sid: a.sid, service_sid: service.sid, body: 'hi', sid: expect.stringMatching(SID('IM')) });
    expect((await api.get(`${channels}/${a.sid}/Messages/${message.json.sid}`)).status).toBe(200);
    expect((await api.get(`${channels}/${b.sid}/Messages/${message.json.sid}`)).json.code).toBe(20404);
    const otherService = emulator.fixtures.chat_v2!.ServiceSid;
    expect((await api.get(`${services}/${otherService}/Channels/${a.sid}`)).status).toBe(404);
    expect((await api.delete(`${services}/${service.sid}`)).status).toBe(204);
    expect((await api.get(`${channels}/${a.sid}/Messages/${message.json.sid}`)).status).toBe(404);
    expect((await api.get(`${channels}/${a.sid}/Messages`)).status).toBe(404);
  });

  it('the fixtures are real items of the stores that hold them', async () => {
    const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2!;
    const channel = await api.get(under('chat_v2', `/v2/Services/${ServiceSid}/Channels/general`));
    expect(channel.json).toMatchObject({ sid: ChannelSid, unique_name: 'general', service_sid: ServiceSid });
    const { ChatServiceSid, ConversationSid } = emulator.fixtures.conversations_v1!;
    const conversation = await api.get(`/v1/Services/${ChatServiceSid}/Conversations/${ConversationSid}`);
    expect(conversation.json).toMatchObject({ sid: ConversationSid, chat_service_sid: ChatServiceSid, account_sid: emulator.accountSid });
    const account = await api.get(`/2010-04-01/Accounts/${emulator.accountSid}.json`);
    expect(account.json).toMatchObject({ sid: emulator.accountSid, status: 'active', uri: `/2010-04-01/Accounts/${emulator.accountSid}.json` });
  });

  it('a singleton is stored per parent, a lookup answers for any number, a JSON body is read as JSON', async () => {
    const { ChatServiceSid } = emulator.fixtures.conversations_v1!;
    const configuration = `/v1/Services/${ChatServiceSid}/Configuration`;
    const role = `RL${'c'.repeat(32)}`;
    expect((await api.post(configuration, { DefaultConversationRoleSid: role })).json.default_conversation_role_sid).toBe(role);
    expect((await api.get(configuration)).json).toMatchObject({ chat_service_sid: ChatServiceSid, default_conversation_role_sid: role });

    const lookup = await api.get(`/v2/PhoneNumbers/${encodeURIComponent('+15005550006')}`);
    expect(lookup.status).toBe(200);
    expect(lookup.json.phone_number).toBe('+15005550006');

    const content = await api.send('POST', '/v1/Content', {
      body: JSON.stringify({ friendly_name: 'greeting', language: 'en', types: { 'twilio/text': { body: 'Hi' } } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(content.status).toBe(201);
    expect(content.json).toMatchObject({ friendly_name: 'greeting', language: 'en', types: { 'twilio/text': { body: 'Hi' } }, sid: expect.stringMatching(SID('HX')) });
    const form = await api.post('/v1/Content', { language: 'en' });
    expect(form.status).toBe(415);
  });
});
