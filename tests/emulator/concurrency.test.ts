import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './api.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ seed: 17 });
});
afterAll(() => api.emulator.close());

describe('concurrency', () => {
  it('200 concurrent creates with distinct identities: 200 distinct SIDs, all listed', async () => {
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, index) => api.post(api.chat(), { Identity: `concurrent-${index}` })),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(200).fill(201));
    const sids = new Set(replies.map((reply) => reply.json.sid));
    expect(sids.size).toBe(200);
    const listed = await api.listAll(api.chat(), 'members');
    expect(listed).toHaveLength(200);
    expect(new Set(listed.map((member) => member.sid))).toEqual(sids);
  });

  it.each<{ name: string; path: () => string; form: Record<string, string>; key: string }>([
    { name: 'Chat', path: () => api.chat(), form: { Identity: 'same' }, key: 'members' },
    { name: 'Conversations', path: () => api.conversations(), form: { Identity: 'same' }, key: 'participants' },
    { name: 'Proxy', path: () => api.proxy(), form: { Identifier: '+15550001234' }, key: 'participants' },
  ])('$name: 50 concurrent creates of one identity give one 201 and 49 409s', async ({ path, form, key }) => {
    const before = (await api.listAll(path(), key)).length;
    const replies = await Promise.all(Array.from({ length: 50 }, () => api.post(path(), form)));
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, ...Array(49).fill(409)]);
    expect((await api.listAll(path(), key)).length).toBe(before + 1);
  });
});
