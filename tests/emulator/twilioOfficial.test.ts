import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { SID } from './api.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

// The official helper library, unchanged but for each domain's base URL, against `serve --spec ../shared/twilio-oai`.
let emulator: Emulator;
let client: twilio.Twilio;
beforeAll(async () => {
  if (!hasTwilioOai) return;
  emulator = await startEmulator({ specs: [TWILIO_OAI], seed: 14 });
  client = connect(emulator.authToken);
}, 120_000);
afterAll(() => emulator?.close());

function connect(token: string): twilio.Twilio {
  const connected = twilio(emulator.accountSid, token);
  connected.chat.baseUrl = emulator.baseUrls.chat_v2!;
  connected.conversations.baseUrl = emulator.baseUrls.conversations_v1!;
  connected.proxy.baseUrl = emulator.baseUrls.proxy_v1!;
  connected.api.baseUrl = emulator.baseUrls.api_v2010!;
  return connected;
}

interface Instance {
  sid: string;
  toJSON(): object;
  [field: string]: any;
}

/**
 * One resource's whole life through the library: three creates, fetch, a list walked two at a time
 * (page, nextPage, and list following next_page_url), an update of one field, delete, then 404.
 */
async function lifecycle(list: any, create: (n: number) => object, update: object, changed: [string, unknown]): Promise<Instance[]> {
  const made: Instance[] = [];
  for (let n = 0; n < 3; n += 1) made.push(await list.create(create(n)));
  expect((await list(made[0]!.sid).fetch()).toJSON()).toEqual(made[0]!.toJSON());
  const first = await list.page({ pageSize: 2 });
  expect(first.instances).toHaveLength(2);
  const second = await first.nextPage();
  expect(second.instances.length).toBeGreaterThan(0);
  const listed: Instance[] = await list.list({ pageSize: 2 });
  expect(listed.map((item) => item.sid)).toEqual(expect.arrayContaining(made.map((item) => item.sid)));
  const updated = await list(made[0]!.sid).update(update);
  expect(updated[changed[0]]).toEqual(changed[1]);
  expect(updated.sid).toBe(made[0]!.sid);
  expect(await list(made[2]!.sid).remove()).toBe(true);
  await expect(list(made[2]!.sid).fetch()).rejects.toMatchObject({ status: 404, code: 20404 });
  return made;
}

/** A create without its required parameter, sent raw through the library (which would refuse to send it). */
async function missingRequired(uri: string): Promise<{ statusCode: number; body: any }> {
  const response = await client.request({ method: 'post', uri, data: {} });
  return { statusCode: response.statusCode, body: typeof response.body === 'string' ? JSON.parse(response.body) : response.body };
}

async function expectUnauthorized(call: (wrong: twilio.Twilio) => Promise<unknown>): Promise<void> {
  await expect(call(connect('0'.repeat(32)))).rejects.toMatchObject({ status: 401, code: 20003 });
}

describe.skipIf(!hasTwilioOai)("the twilio npm library against the emulator serving Twilio's own descriptions", () => {
  it('Chat v2: services, channels, users, members and messages', async () => {
    const services = client.chat.v2.services;
    const [service] = await lifecycle(services, (n) => ({ friendlyName: `service ${n}` }), { friendlyName: 'renamed' }, ['friendlyName', 'renamed']);
    expect(service!.sid).toMatch(SID('IS'));
    const channels = services(service!.sid).channels;
    const [channel] = await lifecycle(channels, (n) => ({ uniqueName: `room-${n}` }), { friendlyName: 'Room' }, ['friendlyName', 'Room']);
    expect(channel!.serviceSid).toBe(service!.sid);
    await lifecycle(services(service!.sid).users, (n) => ({ identity: `user-${n}` }), { friendlyName: 'Ann' }, ['friendlyName', 'Ann']);
    const members = await lifecycle(channels('room-0').members, (n) => ({ identity: `member-${n}` }), { attributes: '{"a":1}' }, ['attributes', '{"a":1}']);
    expect(members[0]).toMatchObject({ channelSid: channel!.sid, serviceSid: service!.sid, roleSid: expect.stringMatching(SID('RL')) });
    const [message] = await lifecycle(channels(channel!.sid).messages, (n) => ({ body: `hello ${n}` }), { body: 'edited' }, ['body', 'edited']);
    expect(message!.sid).toMatch(SID('IM'));

    // Twilio's file bounds a Members page at 100 (the bundled spec at 1000): requests are judged by the description served.
    const tooBig = await client.request({ method: 'get', uri: `${emulator.baseUrls.chat_v2}/v2/Services/${service!.sid}/Channels/${channel!.sid}/Members?PageSize=101` });
    expect(tooBig.statusCode).toBe(400);
    const refused = await missingRequired(`${emulator.baseUrls.chat_v2}/v2/Services/${service!.sid}/Users`);
    expect(refused).toMatchObject({ statusCode: 400, body: { code: 20001, status: 400, message: 'Invalid request: parameter Identity is required but missing' } });
    await expectUnauthorized((wrong) => wrong.chat.v2.services(service!.sid).users.list());
    await services(service!.sid).remove();
    await expect(channels(channel!.sid).members.list()).rejects.toMatchObject({ status: 404, code: 20404 });
  });

  it('Conversations v1: conversations, participants and messages', async () => {
    const conversations = client.conversations.v1.conversations;
    const [conversation] = await lifecycle(conversations, (n) => ({ friendlyName: `talk ${n}` }), { friendlyName: 'Talk' }, ['friendlyName', 'Talk']);
    expect(conversation!.sid).toMatch(SID('CH'));
    const participants = conversations(conversation!.sid).participants;
    await lifecycle(participants, (n) => ({ identity: `person-${n}` }), { attributes: '{"b":2}' }, ['attributes', '{"b":2}']);
    await lifecycle(conversations(conversation!.sid).messages, (n) => ({ body: `hi ${n}` }), { body: 'edited' }, ['body', 'edited']);

    const refused = await missingRequired(`${emulator.baseUrls.conversations_v1}/v1/Services`);
    expect(refused).toMatchObject({ statusCode: 400, body: { code: 20001, message: 'Invalid request: parameter FriendlyName is required but missing' } });
    await expectUnauthorized((wrong) => wrong.conversations.v1.conversations.list());
  });

  it('Proxy v1: services and sessions', async () => {
    const services = client.proxy.v1.services;
    const [service] = await lifecycle(services, (n) => ({ uniqueName: `proxy-${n}` }), { defaultTtl: 60 }, ['defaultTtl', 60]);
    expect(service!.sid).toMatch(SID('KS'));
    const [session] = await lifecycle(services(service!.sid).sessions, (n) => ({ uniqueName: `ride-${n}` }), { ttl: 30 }, ['ttl', 30]);
    expect(session).toMatchObject({ serviceSid: service!.sid, sid: expect.stringMatching(SID('KC')) });

    const refused = await missingRequired(`${emulator.baseUrls.proxy_v1}/v1/Services`);
    expect(refused).toMatchObject({ statusCode: 400, body: { code: 20001, message: 'Invalid request: parameter UniqueName is required but missing' } });
    await expectUnauthorized((wrong) => wrong.proxy.v1.services.list());
  });

  it("the 2010 API's messages and calls", async () => {
    const from = '+15005550006';
    const messages = await lifecycle(client.messages, (n) => ({ to: `+1555000000${n}`, from, body: `text ${n}` }), { body: '' }, ['body', '']);
    expect(messages[0]).toMatchObject({ accountSid: emulator.accountSid, sid: expect.stringMatching(SID('SM')), to: '+15550000000', from });
    expect(messages[0]!.dateCreated).toBeInstanceOf(Date);
    const calls = await lifecycle(client.calls, (n) => ({ to: `+1555000001${n}`, from, url: 'https://example.com/twiml' }), { status: 'completed' }, ['status', 'completed']);
    expect(calls[0]!.sid).toMatch(SID('CA'));

    const refused = await missingRequired(`${emulator.baseUrls.api_v2010}/2010-04-01/Accounts/${emulator.accountSid}/Messages.json`);
    expect(refused).toMatchObject({ statusCode: 400, body: { code: 20001, message: 'Invalid request: parameter To is required but missing' } });
    await expectUnauthorized((wrong) => wrong.calls.list());
    const other = await client.request({ method: 'get', uri: `${emulator.baseUrls.api_v2010}/2010-04-01/Accounts/AC${'e'.repeat(32)}/Calls.json` });
    expect(other.statusCode).toBe(404);
  });
});
