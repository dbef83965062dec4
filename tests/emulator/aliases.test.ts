import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './api.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ seed: 21 });
});
afterAll(() => api.emulator.close());

// Identities a client percent-encodes into one path segment; the emulator decodes each segment after
// splitting on '/', so every one must work as an alias (CONFORMANCE `no_server_error`, `lifecycle`).
const IDENTITIES = [
  'a/b', 'a?b', 'a#b', '100%', '%2F', 'a&b=c', 'a+b', 'a b', ' leading and trailing ', 'ünïcødé', '日本語',
  '😀🎉', 'family 👩‍👩‍👧‍👦', "quote'\"<>", 'tab\there', 'MB0123456789abcdef0123456789abcdef', `long ${'é'.repeat(5000)}`,
];

describe('identities with reserved, unicode and emoji characters round-trip as aliases', () => {
  it.each(IDENTITIES.map((identity) => ({ identity, label: JSON.stringify(identity.slice(0, 30)) })))('Chat $label', async ({ identity }) => {
    const created = await api.post(api.chat('general'), { Identity: identity });
    expect(created.status, created.text).toBe(201);
    expect(created.json.identity).toBe(identity);
    const alias = `${api.chat('general')}/${encodeURIComponent(identity)}`;
    expect(created.json.url.endsWith(`/Members/${created.json.sid}`)).toBe(true);

    const fetched = await api.get(alias);
    expect(fetched.status).toBe(200);
    expect(fetched.json).toEqual(created.json);
    const filtered = await api.get(`${api.chat()}?Identity=${encodeURIComponent(identity)}`);
    expect(filtered.json.members.map((member: { sid: string }) => member.sid)).toEqual([created.json.sid]);
    const updated = await api.post(alias, { Attributes: '{"seen":true}' });
    expect(updated.json).toMatchObject({ sid: created.json.sid, identity, attributes: '{"seen":true}' });

    expect((await api.post(api.chat(), { Identity: identity })).status).toBe(409);
    expect((await api.delete(alias)).status).toBe(204);
    expect((await api.get(alias)).status).toBe(404);
  });

  it.each(IDENTITIES.filter((identity) => [...identity].length <= 256).map((identity) => ({ identity, label: JSON.stringify(identity) })))(
    'Conversations $label (fetch by identity)',
    async ({ identity }) => {
      const created = await api.post(api.conversations(), { Identity: identity });
      expect(created.status, created.text).toBe(201);
      const fetched = await api.get(`${api.conversations()}/${encodeURIComponent(identity)}`);
      expect(fetched.json).toEqual(created.json);
      expect((await api.delete(`${api.conversations()}/${created.json.sid}`)).status).toBe(204);
    },
  );

  it('Conversations Identity limit counts code points: 256 emoji are accepted', async () => {
    const identity = '😀'.repeat(256);
    const created = await api.post(api.conversations(), { Identity: identity });
    expect(created.status).toBe(201);
    expect(created.json.identity).toBe(identity);
  });

  it('Proxy identifiers and friendly names with reserved characters are stored as sent', async () => {
    const friendlyName = '🚕'.repeat(255);
    const created = await api.post(api.proxy(), { Identifier: 'whatsapp:+1 (555) 0100 & co/#?', FriendlyName: friendlyName });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ identifier: 'whatsapp:+1 (555) 0100 & co/#?', friendly_name: friendlyName });
    expect((await api.get(`${api.proxy()}/${created.json.sid}`)).json).toEqual(created.json);
  });

  it('form keys named like Object.prototype members are undocumented parameters, ignored', async () => {
    const reply = await api.post(api.chat(), [
      ['Identity', 'proto'], ['toString', '1'], ['constructor', '2'], ['__proto__', '3'], ['hasOwnProperty', '4'],
    ]);
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.json)).toEqual([
      'sid', 'account_sid', 'channel_sid', 'service_sid', 'identity', 'date_created', 'date_updated', 'role_sid',
      'last_consumed_message_index', 'last_consumption_timestamp', 'attributes', 'url',
    ]);
  });

  it('none of it got a 5xx', () => {
    expect(Object.keys(api.emulator.stats.responsesByStatus).filter((status) => status >= '500')).toEqual([]);
  });
});
