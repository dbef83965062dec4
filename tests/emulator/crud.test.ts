import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SID, schemaIssues, startApi, type Api, type Reply } from './api.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ seed: 11 });
});
afterAll(() => api.emulator.close());

/** Asserts the status and that the body validates against the operation's documented schema. */
async function expectDocumented(reply: Reply, operationId: string, status: number): Promise<any> {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(await schemaIssues(operationId, status, reply.json)).toEqual([]);
  return reply.json;
}

describe('Chat v2 Member', () => {
  const fixture = () => api.fixtures.chat_v2!;
  const instance = (id: string, channel?: string) => `${api.chat(channel)}/${encodeURIComponent(id)}`;

  it('creates, fetches (by SID, identity and channel unique name), lists, updates and deletes a member', async () => {
    const { ServiceSid, ChannelSid } = fixture();
    const created = await expectDocumented(
      await api.post(api.chat('general'), { Identity: 'alice', Attributes: '{"a":1}', LastConsumedMessageIndex: '' }),
      'CreateMember',
      201,
    );
    expect(created.sid).toMatch(SID('MB'));
    expect(created).toMatchObject({
      account_sid: api.emulator.accountSid,
      service_sid: ServiceSid,
      channel_sid: ChannelSid,
      identity: 'alice',
      attributes: '{"a":1}',
      last_consumed_message_index: null,
      last_consumption_timestamp: null,
    });
    expect(created.role_sid).toMatch(SID('RL'));
    expect(created.date_updated).toBe(created.date_created);
    expect(created.url).toBe(`${api.emulator.baseUrl}/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members/${created.sid}`);

    for (const path of [instance(created.sid), instance('alice'), instance('alice', 'general'), instance(created.sid, 'general')]) {
      expect(await expectDocumented(await api.get(path), 'FetchMember', 200)).toEqual(created);
    }

    const list = await expectDocumented(await api.get(`${api.chat('general')}?Identity=alice`), 'ListMember', 200);
    expect(list.members).toEqual([created]);
    expect(list.meta.key).toBe('members');

    const updated = await expectDocumented(
      await api.post(instance('alice'), { LastConsumedMessageIndex: '7', LastConsumptionTimestamp: '2020-01-02T03:04:05.678+01:00' }),
      'UpdateMember',
      200,
    );
    expect(updated).toEqual({
      ...created,
      last_consumed_message_index: 7,
      last_consumption_timestamp: '2020-01-02T02:04:05Z',
      date_updated: updated.date_updated,
    });
    expect(updated.date_updated >= created.date_updated).toBe(true);

    const deleted = await api.delete(instance('alice', 'general'));
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect(deleted.headers['content-type']).toBeUndefined();
    expect((await api.get(instance(created.sid))).status).toBe(404);
    expect((await api.delete(instance(created.sid))).status).toBe(404);
    expect((await api.get(api.chat())).json.members).toEqual([]);
  });

  it('defaults what was left out and echoes what was sent, including RoleSid and dates', async () => {
    const role = `RL${'a'.repeat(32)}`;
    const created = await expectDocumented(
      await api.post(api.chat(), {
        Identity: 'bob',
        RoleSid: role,
        LastConsumedMessageIndex: '3',
        DateCreated: '2015-05-05T05:05:05-07:00',
      }),
      'CreateMember',
      201,
    );
    expect(created).toMatchObject({
      role_sid: role,
      last_consumed_message_index: 3,
      date_created: '2015-05-05T12:05:05Z',
      date_updated: '2015-05-05T12:05:05Z',
      attributes: '{}',
    });
    const plain = await expectDocumented(await api.post(api.chat(), { Identity: 'carol' }), 'CreateMember', 201);
    expect(plain.attributes).toBe('{}');
    expect(plain.role_sid).not.toBe(role);
    expect(plain.role_sid).toMatch(SID('RL'));
  });
});

describe('Conversations v1 Participant', () => {
  it('creates a participant from MessagingBinding.Address, fetches, updates, lists and deletes it', async () => {
    const { ChatServiceSid, ConversationSid } = api.fixtures.conversations_v1!;
    const created = await expectDocumented(
      await api.post(api.conversations(), {
        'MessagingBinding.Address': '+15558675310',
        'MessagingBinding.ProxyAddress': '+15017122661',
        Attributes: '{"role":"driver"}',
      }),
      'CreateServiceConversationParticipant',
      201,
    );
    expect(created).toMatchObject({
      account_sid: api.emulator.accountSid,
      chat_service_sid: ChatServiceSid,
      conversation_sid: ConversationSid,
      identity: null,
      attributes: '{"role":"driver"}',
      messaging_binding: { type: 'sms', address: '+15558675310', proxy_address: '+15017122661', projected_address: null },
      last_read_message_index: null,
      last_read_timestamp: null,
    });
    expect(created.sid).toMatch(SID('MB'));
    expect(created.role_sid).toMatch(SID('RL'));
    expect(created.url).toBe(`${api.emulator.baseUrl}/v1/Services/${ChatServiceSid}/Conversations/${ConversationSid}/Participants/${created.sid}`);

    const path = `${api.conversations()}/${created.sid}`;
    expect(await expectDocumented(await api.get(path), 'FetchServiceConversationParticipant', 200)).toEqual(created);
    const updated = await expectDocumented(
      await api.post(path, { LastReadMessageIndex: '5', LastReadTimestamp: 'yesterday-ish, as sent', Identity: 'dave' }),
      'UpdateServiceConversationParticipant',
      200,
    );
    expect(updated).toMatchObject({ last_read_message_index: 5, last_read_timestamp: 'yesterday-ish, as sent', identity: 'dave' });
    expect(await expectDocumented(await api.get(`${api.conversations()}/dave`), 'FetchServiceConversationParticipant', 200)).toEqual(updated);

    const list = await expectDocumented(await api.get(api.conversations()), 'ListServiceConversationParticipant', 200);
    expect(list.participants).toEqual([updated]);
    expect(list.meta.key).toBe('participants');

    expect((await api.delete(`${api.conversations()}/dave`)).status).toBe(404); // identity is an alias on fetch only
    expect((await api.delete(path)).status).toBe(204);
    expect((await api.get(path)).status).toBe(404);
  });

  it('creates an SDK participant by identity with no binding', async () => {
    const created = await expectDocumented(await api.post(api.conversations(), { Identity: 'erin' }), 'CreateServiceConversationParticipant', 201);
    expect(created).toMatchObject({ identity: 'erin', messaging_binding: null, attributes: '{}' });
    expect((await api.delete(`${api.conversations()}/${created.sid}`)).status).toBe(204);
  });
});

describe('Proxy v1 Participant', () => {
  it('creates with a pool number, fetches, lists and deletes', async () => {
    const { ServiceSid, SessionSid } = api.fixtures.proxy_v1!;
    const created = await expectDocumented(
      await api.post(api.proxy(), { Identifier: '+14155551212', FriendlyName: 'friendly_name' }),
      'CreateParticipant',
      201,
    );
    expect(created).toMatchObject({
      account_sid: api.emulator.accountSid,
      service_sid: ServiceSid,
      session_sid: SessionSid,
      identifier: '+14155551212',
      friendly_name: 'friendly_name',
      proxy_identifier: '+15551000001',
      date_deleted: null,
    });
    expect(created.sid).toMatch(SID('KP'));
    expect(created.proxy_identifier_sid).toMatch(SID('PN'));
    expect(created.url).toBe(`${api.emulator.baseUrl}/v1/Services/${ServiceSid}/Sessions/${SessionSid}/Participants/${created.sid}`);
    expect(created.links).toEqual({ message_interactions: `${created.url}/MessageInteractions` });

    const second = await expectDocumented(await api.post(api.proxy(), { Identifier: 'messenger:123456' }), 'CreateParticipant', 201);
    expect(second.proxy_identifier).toBe('+15551000002');
    expect(second.friendly_name).toBeNull();
    const empty = await expectDocumented(await api.post(api.proxy(), { Identifier: 'x', FriendlyName: '' }), 'CreateParticipant', 201);
    expect(empty.friendly_name).toBe('');
    expect((await api.delete(`${api.proxy()}/${empty.sid}`)).status).toBe(204);
    const chosen = await expectDocumented(
      await api.post(api.proxy(), { Identifier: 'messenger:1', ProxyIdentifier: 'messenger:987654532' }),
      'CreateParticipant',
      201,
    );
    expect(chosen.proxy_identifier).toBe('messenger:987654532');
    expect(chosen.proxy_identifier_sid).toMatch(SID('PN'));

    const path = `${api.proxy()}/${created.sid}`;
    expect(await expectDocumented(await api.get(path), 'FetchParticipant', 200)).toEqual(created);
    const list = await expectDocumented(await api.get(api.proxy()), 'ListParticipant', 200);
    expect(list.participants.map((p: any) => p.sid)).toEqual([created.sid, second.sid, chosen.sid]);

    const deleted = await api.delete(path);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api.get(path)).status).toBe(404);
    expect((await api.delete(path)).status).toBe(404);
  });
});
