import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { FAULTS, startEmulator, type FaultName } from '../../src/emulator/index.js';
import { HarnessError } from '../../src/errors.js';
import { Api, expectTwilioError } from './api.js';

// Each fault is proven switched on: one observation that the correct emulator and the faulty one
// answer differently, with both answers spelled out. (That the conformance suite catches each one
// under its check id is tested with the suite.)

interface Probe {
  fault: FaultName;
  observe: (api: Api) => Promise<unknown>;
  clean: unknown;
  faulty: unknown;
}

const HEX = 'fedcba9876543210'.repeat(2);
const createChat = async (api: Api, form: Record<string, string> = { Identity: 'alice' }) => (await api.post(api.chat(), form)).json;
const createConversation = async (api: Api, form: Record<string, string>) => (await api.post(api.conversations(), form)).json;
const createProxy = async (api: Api) => (await api.post(api.proxy(), { Identifier: '+15550100' })).json;
const status = async (reply: Promise<{ status: number }>) => (await reply).status;
const wrongToken = (api: Api) => ({ user: api.emulator.accountSid, password: '0'.repeat(32) });
const unknownAccount = (api: Api) => ({ user: `AC${HEX}`, password: api.emulator.authToken });

const PROBES: Probe[] = [
  { fault: 'create_returns_200', observe: (api) => status(api.post(api.chat(), { Identity: 'a' })), clean: 201, faulty: 200 },
  {
    fault: 'delete_returns_200',
    observe: async (api) => {
      const member = await createChat(api);
      const participant = await createProxy(api);
      return [await status(api.delete(`${api.chat()}/${member.sid}`)), await status(api.delete(`${api.proxy()}/${participant.sid}`))];
    },
    clean: [204, 204],
    faulty: [200, 204],
  },
  {
    fault: 'text_plain_content_type',
    observe: async (api) => [(await api.post(api.chat(), { Identity: 'a' })).headers['content-type'], (await api.get(`${api.chat()}/nobody`)).headers['content-type']],
    clean: ['application/json; charset=utf-8', 'application/json; charset=utf-8'],
    faulty: ['text/plain; charset=utf-8', 'application/json; charset=utf-8'],
  },
  { fault: 'missing_url_property', observe: async (api) => 'url' in (await createChat(api)), clean: true, faulty: false },
  {
    fault: 'wrong_sid_prefix',
    observe: async (api) => [(await createChat(api)).sid.slice(0, 2), (await createProxy(api)).sid.slice(0, 2)],
    clean: ['MB', 'KP'],
    faulty: ['MX', 'MX'],
  },
  { fault: 'wrong_account_sid', observe: async (api) => (await createChat(api)).account_sid === api.emulator.accountSid, clean: true, faulty: false },
  {
    fault: 'wrong_chat_service_sid',
    observe: async (api) => (await createConversation(api, { Identity: 'a' })).chat_service_sid === api.fixtures.conversations_v1!.ChatServiceSid,
    clean: true,
    faulty: false,
  },
  {
    fault: 'parent_sid_is_alias',
    observe: async (api) => {
      const member = await createChat(api);
      return [(await api.get(`${api.chat()}/${member.sid}`)).json.channel_sid === member.channel_sid, (await api.get(`${api.chat('general')}/${member.sid}`)).json.channel_sid];
    },
    clean: [true, expect.stringMatching(/^CH[0-9a-f]{32}$/u)],
    faulty: [true, 'general'],
  },
  {
    fault: 'drops_attributes_on_update',
    observe: async (api) => {
      await createChat(api, { Identity: 'alice', Attributes: '{"v":1}' });
      return (await api.post(`${api.chat()}/alice`, { Attributes: '{"v":2}' })).json.attributes;
    },
    clean: '{"v":2}',
    faulty: '{"v":1}',
  },
  {
    fault: 'ignores_proxy_address',
    observe: async (api) => {
      const created = await createConversation(api, { 'MessagingBinding.Address': '+15558675310', 'MessagingBinding.ProxyAddress': '+15017122661' });
      const updated = await api.post(`${api.conversations()}/${created.sid}`, { 'MessagingBinding.ProxyAddress': '+15017120000' });
      return [created.messaging_binding.proxy_address, updated.json.messaging_binding.proxy_address];
    },
    clean: ['+15017122661', '+15017120000'],
    faulty: [null, null],
  },
  { fault: 'attributes_default_null', observe: async (api) => (await createChat(api)).attributes, clean: '{}', faulty: null },
  { fault: 'no_default_role', observe: async (api) => (await createChat(api)).role_sid?.slice(0, 2) ?? null, clean: 'RL', faulty: null },
  {
    fault: 'url_uses_identity',
    observe: async (api) => {
      const member = await createChat(api);
      return member.url.endsWith(`/${member.sid}`) ? 'sid' : member.url.split('/').pop();
    },
    clean: 'sid',
    faulty: 'alice',
  },
  {
    fault: 'url_uses_alias_on_fetch',
    observe: async (api) => {
      const member = await createChat(api);
      const tail = async (id: string) => (await api.get(`${api.chat()}/${id}`)).json.url.split('/').pop() === member.sid;
      return [member.url.endsWith(`/${member.sid}`), await tail(member.sid), await tail('alice')];
    },
    clean: [true, true, true],
    faulty: [true, true, false],
  },
  {
    fault: 'wrong_message_interactions_link',
    observe: async (api) => {
      const participant = await createProxy(api);
      return participant.links.message_interactions.slice(participant.url.length);
    },
    clean: '/MessageInteractions',
    faulty: '/Interactions',
  },
  {
    fault: 'delete_does_not_delete',
    observe: async (api) => {
      const member = await createChat(api);
      return [await status(api.delete(`${api.chat()}/${member.sid}`)), await status(api.get(`${api.chat()}/${member.sid}`))];
    },
    clean: [204, 404],
    faulty: [204, 200],
  },
  {
    fault: 'identity_alias_not_found',
    observe: async (api) => {
      const member = await createChat(api);
      return [await status(api.get(`${api.chat()}/${member.sid}`)), await status(api.get(`${api.chat()}/alice`))];
    },
    clean: [200, 200],
    faulty: [200, 404],
  },
  {
    fault: 'date_updated_frozen',
    observe: async (api) => {
      await createChat(api, { Identity: 'alice', DateCreated: '2001-01-01T00:00:00Z' });
      return (await api.post(`${api.chat()}/alice`, { Attributes: '{}' })).json.date_updated === '2001-01-01T00:00:00Z';
    },
    clean: false,
    faulty: true,
  },
  {
    fault: 'date_updated_ahead_on_create',
    observe: async (api) => {
      const member = await createChat(api);
      return Date.parse(member.date_updated) - Date.parse(member.date_created);
    },
    clean: 0,
    faulty: 1000,
  },
  {
    fault: 'next_page_skips_item',
    observe: async (api) => {
      for (const name of ['a', 'b', 'c', 'd', 'e']) await createChat(api, { Identity: name });
      const seen: string[] = [];
      let url: string | null = `${api.chat()}?PageSize=2`;
      while (url) {
        const page: any = (await api.get(url)).json;
        seen.push(...page.members.map((member: { identity: string }) => member.identity));
        url = page.meta.next_page_url && new URL(page.meta.next_page_url).pathname + new URL(page.meta.next_page_url).search;
      }
      return seen;
    },
    clean: ['a', 'b', 'c', 'd', 'e'],
    faulty: ['a', 'b', 'd', 'e'],
  },
  {
    fault: 'identity_filter_ignored',
    observe: async (api) => {
      await createChat(api, { Identity: 'alice' });
      await createChat(api, { Identity: 'bob' });
      return (await api.get(`${api.chat()}?Identity=bob`)).json.members.map((member: { identity: string }) => member.identity);
    },
    clean: ['bob'],
    faulty: ['alice', 'bob'],
  },
  {
    fault: 'accepts_invalid_role_sid',
    observe: (api) => status(api.post(api.chat(), { Identity: 'a', RoleSid: 'not-a-role' })),
    clean: 400,
    faulty: 201,
  },
  {
    fault: 'accepts_any_webhook_header',
    observe: (api) => status(api.post(api.chat(), { Identity: 'a' }, { headers: { 'x-twilio-webhook-enabled': 'yes' } })),
    clean: 400,
    faulty: 201,
  },
  {
    fault: 'partial_update_on_error',
    observe: async (api) => {
      const member = await createChat(api, { Identity: 'alice' });
      const refused = await api.post(`${api.chat()}/${member.sid}`, { Attributes: '{"v":2}', RoleSid: 'not-a-role' });
      return [refused.status, (await api.get(`${api.chat()}/${member.sid}`)).json.attributes];
    },
    clean: [400, '{}'],
    faulty: [400, '{"v":2}'],
  },
  {
    fault: 'unknown_sid_returns_400',
    observe: async (api) => {
      const member = await createChat(api);
      await api.delete(`${api.chat()}/${member.sid}`);
      return [await status(api.get(`${api.chat()}/MB${HEX}`)), await status(api.get(`${api.chat()}/${member.sid}`))];
    },
    clean: [404, 404],
    faulty: [400, 404],
  },
  {
    fault: 'unknown_parent_lists_empty',
    observe: async (api) => [await status(api.get(api.chat(`CH${HEX}`))), await status(api.post(api.chat(`CH${HEX}`), { Identity: 'a' }))],
    clean: [404, 404],
    faulty: [200, 404],
  },
  {
    fault: 'accepts_wrong_token',
    observe: async (api) => [await status(api.get(api.chat(), { auth: wrongToken(api) })), await status(api.get(api.chat(), { auth: unknownAccount(api) }))],
    clean: [401, 401],
    faulty: [200, 401],
  },
  {
    fault: 'accepts_unknown_account',
    observe: async (api) => [await status(api.get(api.chat(), { auth: wrongToken(api) })), await status(api.get(api.chat(), { auth: unknownAccount(api) }))],
    clean: [401, 401],
    faulty: [401, 200],
  },
  { fault: 'error_missing_more_info', observe: async (api) => 'more_info' in (await api.get(`${api.chat()}/nobody`)).json, clean: true, faulty: false },
  {
    fault: 'error_status_mismatch',
    observe: async (api) => [(await api.get(`${api.chat()}/nobody`)).json.status, (await api.post(api.chat(), { Identity: '' })).json.status],
    clean: [404, 400],
    faulty: [400, 400],
  },
  {
    fault: 'crash_on_emoji',
    observe: async (api) => [await status(api.post(api.chat(), { Identity: 'ü' })), await status(api.post(api.chat(), { Identity: '😀' }))],
    clean: [201, 201],
    faulty: [201, 500],
  },
  {
    fault: 'crash_on_encoded_slash',
    observe: async (api) => {
      await createChat(api, { Identity: 'a/b' });
      return [await status(api.get(`${api.chat()}/a%2Fb`)), await status(api.get(`${api.chat()}/a%3Fb`))];
    },
    clean: [200, 404],
    faulty: [500, 404],
  },
  {
    fault: 'server_error_on_bad_encoding',
    observe: async (api) => [
      await status(api.get(`${api.chat()}/%E0%A4%zz`)),
      await status(api.send('POST', api.chat(), { body: 'Identity=%zz', headers: { 'content-type': 'application/x-www-form-urlencoded' } })),
      await status(api.post(api.chat(), { Identity: '' })),
    ],
    clean: [400, 400, 400],
    faulty: [500, 500, 400],
  },
  {
    fault: 'crash_on_json_body',
    observe: async (api) => [
      await status(api.send('POST', api.chat(), { body: '{"Identity":"a"}', headers: { 'content-type': 'application/json' } })),
      await status(api.post(api.chat(), { Identity: 'a' })),
    ],
    clean: [415, 201],
    faulty: [500, 201],
  },
  {
    fault: 'undocumented_method_404',
    observe: async (api) => [await status(api.send('PUT', api.chat())), await status(api.send('PATCH', `${api.chat()}/nobody`)), await status(api.get(`${api.chat()}/x/y`))],
    clean: [405, 405, 404],
    faulty: [404, 404, 404],
  },
  {
    fault: 'duplicate_identity_allowed',
    observe: async (api) => [await status(api.post(api.chat(), { Identity: 'a' })), await status(api.post(api.chat(), { Identity: 'a' }))],
    clean: [201, 409],
    faulty: [201, 201],
  },
  {
    fault: 'update_ignores_uniqueness',
    observe: async (api) => {
      await createConversation(api, { Identity: 'alice' });
      const bob = await createConversation(api, { Identity: 'bob' });
      return [await status(api.post(api.conversations(), { Identity: 'alice' })), await status(api.post(`${api.conversations()}/${bob.sid}`, { Identity: 'alice' }))];
    },
    clean: [409, 409],
    faulty: [409, 200],
  },
  {
    fault: 'racy_create',
    observe: async (api) => {
      const replies = await Promise.all(Array.from({ length: 20 }, () => api.post(api.chat(), { Identity: 'same' })));
      const sequential = await status(api.post(api.chat(), { Identity: 'same' }));
      return [replies.filter((reply) => reply.status === 201).length > 1, sequential];
    },
    clean: [false, 409],
    faulty: [true, 409],
  },
  {
    fault: 'bad_cors_header_type',
    observe: async (api) => (await api.post(api.chat(), { Identity: 'a' })).headers['access-control-allow-credentials'],
    clean: 'true',
    faulty: 'maybe',
  },
];

async function observeWith(fault: FaultName | undefined, observe: Probe['observe']): Promise<unknown> {
  const emulator = await startEmulator({ seed: 23, ...(fault ? { fault } : {}) });
  try {
    return await observe(new Api(emulator));
  } finally {
    await emulator.close();
  }
}

describe('faults', () => {
  it.each(PROBES)('$fault changes what it claims to', async ({ fault, observe, clean, faulty }) => {
    expect(await observeWith(undefined, observe)).toEqual(clean);
    expect(await observeWith(fault, observe)).toEqual(faulty);
  });

  it('every fault has a probe, and every check id has a fault', () => {
    expect(PROBES.map((probe) => probe.fault).sort()).toEqual(FAULTS.map((fault) => fault.name).sort());
    expect(new Set(FAULTS.map((fault) => fault.check))).toEqual(new Set(CHECK_IDS));
    expect(FAULTS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(FAULTS.map((fault) => fault.name)).size).toBe(FAULTS.length);
    for (const fault of FAULTS) expect(fault.description).toMatch(/^[a-zA-Z{][^\n]{10,120}$/u);
  });

  it('an unknown fault name is a usage error that lists the known ones', async () => {
    const failure = startEmulator({ fault: 'no_such_fault' as FaultName });
    await expect(failure).rejects.toBeInstanceOf(HarnessError);
    await expect(failure).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/^unknown fault "no_such_fault"; known: create_returns_200, /u) });
  });

  it('an exception in the pipeline (crash_on_emoji) still answers a Twilio-shaped 500 and changes nothing', async () => {
    const emulator = await startEmulator({ fault: 'crash_on_emoji' });
    try {
      const api = new Api(emulator);
      const reply = await api.post(api.chat(), { Identity: '🙂' });
      await expectTwilioError(reply, 500, 20500);
      expect(reply.json.message).toBe('Internal error: cannot encode emoji');
      expect((await api.get(api.chat())).json.members).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it('reports the fault it was started with', async () => {
    const emulator = await startEmulator({ fault: 'racy_create' });
    expect(emulator.fault).toBe('racy_create');
    await emulator.close();
  });
});
