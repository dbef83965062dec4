import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { SID } from './api.js';

// The official helper library, unchanged but for each domain's base URL.
let emulator: Emulator;
let client: twilio.Twilio;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 5 });
  client = twilio(emulator.accountSid, emulator.authToken);
  client.chat.baseUrl = emulator.baseUrl;
  client.conversations.baseUrl = emulator.baseUrl;
  client.proxy.baseUrl = emulator.baseUrl;
});
afterAll(() => emulator.close());

describe('the twilio npm library against the emulator', () => {
  it('creates, fetches (by SID and identity), lists, updates and deletes a Chat member', async () => {
    const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2!;
    const members = client.chat.v2.services(ServiceSid!).channels(ChannelSid!).members;
    const created = await members.create({ identity: 'alice', attributes: '{"team":"blue"}', dateCreated: new Date('2020-02-02T02:02:02.500Z') });
    expect(created.sid).toMatch(SID('MB'));
    expect(created.identity).toBe('alice');
    expect(created.accountSid).toBe(emulator.accountSid);
    expect(created.channelSid).toBe(ChannelSid);
    expect(created.serviceSid).toBe(ServiceSid);
    expect(created.attributes).toBe('{"team":"blue"}');
    expect(created.roleSid).toMatch(SID('RL'));
    expect(created.lastConsumedMessageIndex).toBeNull();
    expect(created.dateCreated.toISOString()).toBe('2020-02-02T02:02:02.000Z');
    expect(created.dateUpdated.toISOString()).toBe('2020-02-02T02:02:02.000Z');
    expect(created.url).toBe(`${emulator.baseUrl}/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members/${created.sid}`);

    expect((await members(created.sid).fetch()).toJSON()).toEqual(created.toJSON());
    expect((await members('alice').fetch()).sid).toBe(created.sid);
    expect((await client.chat.v2.services(ServiceSid!).channels('general').members('alice').fetch()).sid).toBe(created.sid);

    await members.create({ identity: 'bob' });
    const listed = await members.list({ pageSize: 1 });
    expect(listed.map((member) => member.identity)).toEqual(['alice', 'bob']);
    expect((await members.list({ identity: ['bob'] })).map((member) => member.identity)).toEqual(['bob']);

    const updated = await members('alice').update({ lastConsumedMessageIndex: 4, attributes: '{"team":"red"}' });
    expect(updated.sid).toBe(created.sid);
    expect(updated.lastConsumedMessageIndex).toBe(4);
    expect(updated.attributes).toBe('{"team":"red"}');
    expect(updated.dateCreated.toISOString()).toBe('2020-02-02T02:02:02.000Z');
    expect(updated.dateUpdated.getTime()).toBeGreaterThan(created.dateUpdated.getTime());

    expect(await members(created.sid).remove()).toBe(true);
    expect(await members('bob').remove()).toBe(true);
    await expect(members(created.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
    expect(await members.list()).toEqual([]);
  });

  it('creates a Conversations participant from messagingBinding.address and fetches it', async () => {
    const { ChatServiceSid, ConversationSid } = emulator.fixtures.conversations_v1!;
    const participants = client.conversations.v1.services(ChatServiceSid!).conversations(ConversationSid!).participants;
    const created = await participants.create({
      'messagingBinding.address': '+15558675310',
      'messagingBinding.proxyAddress': '+15017122661',
    });
    expect(created.sid).toMatch(SID('MB'));
    expect(created.identity).toBeNull();
    expect(created.chatServiceSid).toBe(ChatServiceSid);
    expect(created.conversationSid).toBe(ConversationSid);
    expect(created.messagingBinding).toEqual({ type: 'sms', address: '+15558675310', proxy_address: '+15017122661', projected_address: null });
    expect(created.attributes).toBe('{}');

    const sdkUser = await participants.create({ identity: 'carol', xTwilioWebhookEnabled: 'false' });
    expect((await participants('carol').fetch()).sid).toBe(sdkUser.sid);
    const updated = await participants(sdkUser.sid).update({ lastReadMessageIndex: 2, lastReadTimestamp: 'not a date, kept as sent' });
    expect(updated.lastReadMessageIndex).toBe(2);
    expect(updated.lastReadTimestamp).toBe('not a date, kept as sent');
    expect((await participants.list()).map((participant) => participant.sid)).toEqual([created.sid, sdkUser.sid]);
    expect(await participants(created.sid).remove()).toBe(true);
    await expect(participants.create({ identity: 'carol' })).rejects.toMatchObject({ status: 409, code: 50433 });
  });

  it('creates, fetches, lists and deletes a Proxy participant', async () => {
    const { ServiceSid, SessionSid } = emulator.fixtures.proxy_v1!;
    const participants = client.proxy.v1.services(ServiceSid!).sessions(SessionSid!).participants;
    const created = await participants.create({ identifier: '+14155551212', friendlyName: 'rider' });
    expect(created.sid).toMatch(SID('KP'));
    expect(created.identifier).toBe('+14155551212');
    expect(created.friendlyName).toBe('rider');
    expect(created.proxyIdentifier).toBe('+15551000001');
    expect(created.proxyIdentifierSid).toMatch(SID('PN'));
    expect(created.links).toEqual({ message_interactions: `${created.url}/MessageInteractions` });

    expect((await participants(created.sid).fetch()).toJSON()).toEqual(created.toJSON());
    expect((await participants.list()).map((participant) => participant.identifier)).toEqual(['+14155551212']);
    expect(await participants(created.sid).remove()).toBe(true);
    await expect(participants(created.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it('gets 401 (code 20003) with a wrong token', async () => {
    const wrong = twilio(emulator.accountSid, '0'.repeat(32));
    wrong.proxy.baseUrl = emulator.baseUrl;
    const { ServiceSid, SessionSid } = emulator.fixtures.proxy_v1!;
    await expect(wrong.proxy.v1.services(ServiceSid!).sessions(SessionSid!).participants.list()).rejects.toMatchObject({
      status: 401,
      code: 20003,
      moreInfo: 'https://www.twilio.com/docs/errors/20003',
    });
  });
});
