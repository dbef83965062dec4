import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, expectTwilioError, startApi } from './api.js';

// CONFORMANCE `conflict`: the uniqueness of an identity holds on update as on create.
let api: Api;
beforeAll(async () => {
  api = await startApi({ seed: 41 });
});
afterAll(() => api.emulator.close());

describe('an update to an identity another participant holds', () => {
  it('answers 409 with the create conflict code and changes nothing', async () => {
    const alice = (await api.post(api.conversations(), { Identity: 'alice', Attributes: '{"a":1}' })).json;
    const bob = (await api.post(api.conversations(), { Identity: 'bob', Attributes: '{"b":1}' })).json;
    const duplicateCreate = await api.post(api.conversations(), { Identity: 'alice' });
    await expectTwilioError(duplicateCreate, 409, 50433);

    const reply = await api.post(`${api.conversations()}/${bob.sid}`, { Identity: 'alice', Attributes: '{"b":2}' });
    await expectTwilioError(reply, 409, 50433);
    expect(reply.json.message).toBe(duplicateCreate.json.message);
    expect((await api.get(`${api.conversations()}/${bob.sid}`)).json).toEqual(bob);
    expect((await api.get(`${api.conversations()}/${alice.sid}`)).json).toEqual(alice);
    expect((await api.listAll(api.conversations(), 'participants')).map((p) => p.identity)).toEqual(['alice', 'bob']);
  });

  it('is no conflict when the identity is its own, or free', async () => {
    const carol = (await api.post(api.conversations(), { Identity: 'carol' })).json;
    const same = await api.post(`${api.conversations()}/${carol.sid}`, { Identity: 'carol', Attributes: '{"c":1}' });
    expect([same.status, same.json.identity, same.json.attributes]).toEqual([200, 'carol', '{"c":1}']);
    const renamed = await api.post(`${api.conversations()}/${carol.sid}`, { Identity: 'dave' });
    expect([renamed.status, renamed.json.identity]).toEqual([200, 'dave']);
    // The old identity is free again.
    expect((await api.post(api.conversations(), { Identity: 'carol' })).status).toBe(201);
  });
});
