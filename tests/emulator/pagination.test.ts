import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaIssues, startApi, type Api } from './api.js';

let api: Api;
const created: string[] = [];
beforeAll(async () => {
  api = await startApi({ seed: 13 });
  for (let index = 0; index < 30; index += 1) {
    const reply = await api.post(api.chat(), { Identity: `user-${String(index).padStart(2, '0')}` });
    created.push(reply.json.sid);
  }
});
afterAll(() => api.emulator.close());

const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

describe('pagination', () => {
  it('walks 30 members with PageSize=7: every member once, in creation order, meta right on each page', async () => {
    const seen: string[] = [];
    const base = `${api.emulator.baseUrl}/v2/Services/${api.fixtures.chat_v2!.ServiceSid}/Channels/${api.fixtures.chat_v2!.ChannelSid}/Members`;
    let url: string | null = `${api.chat('general')}?PageSize=7`;
    let page = 0;
    while (url !== null) {
      const reply = await api.get(url);
      expect(reply.status).toBe(200);
      expect(await schemaIssues('ListMember', 200, reply.json)).toEqual([]);
      const { meta, members } = reply.json;
      expect(members).toHaveLength(page < 4 ? 7 : 2);
      expect(meta.page).toBe(page);
      expect(meta.page_size).toBe(7);
      expect(meta.key).toBe('members');
      expect(meta.first_page_url).toBe(`${base}?PageSize=7&Page=0`);
      expect(meta.previous_page_url === null).toBe(page === 0);
      expect(meta.next_page_url === null).toBe(page === 4);
      expect(meta.url).toBe(page === 0 ? `${base}?PageSize=7&Page=0` : `${base}${url.slice(url.indexOf('?'))}`);
      seen.push(...members.map((member: { sid: string }) => member.sid));
      url = meta.next_page_url === null ? null : pathOf(meta.next_page_url);
      page += 1;
    }
    expect(page).toBe(5);
    expect(seen).toEqual(created);
  });

  it('next_page_url is null exactly when no item is left (an exact fit ends the walk)', async () => {
    const first = await api.get(`${api.chat()}?PageSize=15`);
    expect(first.json.meta.next_page_url).not.toBeNull();
    const second = await api.get(pathOf(first.json.meta.next_page_url));
    expect(second.json.members).toHaveLength(15);
    expect(second.json.meta.next_page_url).toBeNull();
    const all = await api.get(`${api.chat()}?PageSize=30`);
    expect(all.json.meta.next_page_url).toBeNull();
  });

  it('previous_page_url leads back to the previous page', async () => {
    const first = await api.get(`${api.chat()}?PageSize=10`);
    const second = await api.get(pathOf(first.json.meta.next_page_url));
    const back = await api.get(pathOf(second.json.meta.previous_page_url));
    expect(back.json.members).toEqual(first.json.members);
    expect(back.json.meta.page).toBe(0);
    expect(back.json.meta.previous_page_url).toBeNull();
  });

  it('a member deleted between pages neither shifts nor repeats the walk', async () => {
    const first = await api.get(`${api.chat()}?PageSize=10`);
    await api.delete(`${api.chat()}/${created[3]}`);
    const second = await api.get(pathOf(first.json.meta.next_page_url));
    expect(second.json.members.map((member: { sid: string }) => member.sid)).toEqual(created.slice(10, 20));
    const again = await api.post(api.chat(), { Identity: 'user-03' });
    created.splice(3, 1);
    created.push(again.json.sid);
  });

  it('Page without a token addresses by offset; default page size is 50', async () => {
    const third = await api.get(`${api.chat()}?PageSize=4&Page=2`);
    expect(third.json.members.map((member: { sid: string }) => member.sid)).toEqual(created.slice(8, 12));
    expect(third.json.meta.previous_page_url).not.toBeNull();
    const defaults = await api.get(api.chat());
    expect(defaults.json.meta.page_size).toBe(50);
    expect(defaults.json.members).toHaveLength(30);
    const beyond = await api.get(`${api.chat()}?PageSize=10&Page=9`);
    expect(beyond.json.members).toEqual([]);
    expect(beyond.json.meta.next_page_url).toBeNull();
  });

  it('an unknown PageToken is ignored, not an error', async () => {
    const reply = await api.get(`${api.chat()}?PageSize=5&PageToken=whatever`);
    expect(reply.status).toBe(200);
    expect(reply.json.members).toHaveLength(5);
    expect(reply.json.meta.url).toContain('PageToken=whatever');
  });

  it('filters by repeated Identity, and the filter stays in every meta URL', async () => {
    const identities = ['user-01', 'user-05', 'user-29', 'nobody'];
    const query = identities.map((identity) => `Identity=${identity}`).join('&');
    const first = await api.get(`${api.chat()}?${query}&PageSize=2`);
    expect(first.json.members.map((member: { identity: string }) => member.identity)).toEqual(['user-01', 'user-05']);
    expect(first.json.meta.next_page_url).toContain(query);
    const second = await api.get(pathOf(first.json.meta.next_page_url));
    expect(second.json.members.map((member: { identity: string }) => member.identity)).toEqual(['user-29']);
    expect(second.json.meta.next_page_url).toBeNull();
  });

  it('Conversations and Proxy lists page the same way', async () => {
    for (let index = 0; index < 5; index += 1) {
      await api.post(api.conversations(), { Identity: `p${index}` });
      await api.post(api.proxy(), { Identifier: `+1555000000${index}` });
    }
    for (const [path, key] of [[api.conversations(), 'participants'], [api.proxy(), 'participants']] as const) {
      const first = await api.get(`${path}?PageSize=3`);
      expect(first.json.meta.key).toBe(key);
      expect(first.json[key]).toHaveLength(3);
      const second = await api.get(pathOf(first.json.meta.next_page_url));
      expect(second.json[key]).toHaveLength(2);
      expect(second.json.meta.next_page_url).toBeNull();
    }
  });
});
