import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleValue } from '../../src/emulator/values/sampleValue.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { Api, expectTwilioError, SID, startApi } from './api.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const FILES = ['frontline_v1', 'accounts_v1', 'verify_v2', 'numbers_v2'].map((name) => path.join(TWILIO_OAI, `twilio_${name}.json`));
let api: Api;
beforeAll(async () => {
  if (hasTwilioOai) api = await startApi({ specs: FILES, seed: 3 });
}, 120_000);
afterAll(() => api?.emulator.close());

/** The path of a description's operation through its mount (`/frontline/v1/Users`). */
const under = (specId: string, rest: string): string => new URL(api.emulator.baseUrls[specId]!).pathname + rest;

describe.skipIf(!hasTwilioOai)("the emulator serving Twilio's own files: resources and fields the files leave open", () => {
  it('EndUserTypes (no create): two seeded per parent, listed and fetched; an unseeded OY SID is 404 20404', async () => {
    const types = under('numbers_v2', '/v2/RegulatoryCompliance/EndUserTypes');
    const listed = await api.get(types);
    expect(listed.status).toBe(200);
    const sids: string[] = listed.json.end_user_types.map((type: { sid: string }) => type.sid);
    expect(sids).toHaveLength(2);
    for (const sid of sids) expect(sid).toMatch(SID('OY'));
    for (const sid of sids) expect((await api.get(`${types}/${sid}`)).json.sid).toBe(sid);
    await expectTwilioError(await api.get(`${types}/OY${'b'.repeat(32)}`), 404, 20404);
  });

  it('Frontline Users (no create, no list): an unseeded US SID is 404 20404 on fetch and update; an identity answers', async () => {
    await expectTwilioError(await api.get(under('frontline_v1', `/v1/Users/US${'b'.repeat(32)}`)), 404, 20404);
    await expectTwilioError(await api.post(under('frontline_v1', `/v1/Users/US${'b'.repeat(32)}`), { FriendlyName: 'x' }), 404, 20404);
    // Not SID-shaped (the user's identity): answered for any value, as before.
    const byIdentity = await api.get(under('frontline_v1', '/v1/Users/jane'));
    expect(byIdentity.status).toBe(200);
    expect(byIdentity.json.sid).toBeNull();
  });

  it('Accounts bulk consents: Items sent as form values come back as the array the parameter documents, not one string', async () => {
    const items = [JSON.stringify({ contact_id: 'c1' }), JSON.stringify({ contact_id: 'c2' })];
    const reply = await api.post(under('accounts_v1', '/v1/Consents/Bulk'), items.map((item) => ['Items', item] as const));
    expect(reply.status).toBe(201);
    // The parameter's items are free-form: each form value stays the text it was.
    expect(reply.json.items).toEqual(items);
  });

  it('Verify Entities (named by identity): each created one has a YE sid, lives at it and is fetched by either', async () => {
    const service = await api.post(under('verify_v2', '/v2/Services'), { FriendlyName: 'gaps' });
    expect(service.status).toBe(201);
    const entities = under('verify_v2', `/v2/Services/${service.json.sid}/Entities`);
    const made = [await api.post(entities, { Identity: 'alice' }), await api.post(entities, { Identity: 'bob' })];
    for (const entity of made) expect(entity.json.sid).toMatch(SID('YE'));
    expect(made[0]!.json.sid).not.toBe(made[1]!.json.sid);
    expect(new URL(made[0]!.json.url).pathname).toBe(`${entities}/${made[0]!.json.sid}`);
    const byIdentity = await api.get(`${entities}/alice`);
    const bySid = await api.get(`${entities}/${made[0]!.json.sid}`);
    expect(byIdentity.json).toEqual(made[0]!.json);
    expect(bySid.json).toEqual(made[0]!.json);
    const listed = await api.get(entities);
    expect(listed.json.entities.map((entity: { identity: string }) => entity.identity)).toEqual(['alice', 'bob']);
  });

  it('a *_sid field whose schema has no pattern: SID-shaped when nothing was sent, the sent SID when one was', async () => {
    expect(sampleValue({ type: 'string' }, 'object_sid')).toBe(`XX${'0'.repeat(32)}`);
    expect(sampleValue({ type: 'string' }, 'sid')).toBe(`XX${'0'.repeat(32)}`);
    expect(sampleValue({ type: 'string' }, 'friendly_name')).toBe('apiconform');
    const bundle = await api.post(under('numbers_v2', '/v2/RegulatoryCompliance/Bundles'), { FriendlyName: 'b', Email: 'a@example.com' });
    expect(bundle.status).toBe(201);
    const assignments = under('numbers_v2', `/v2/RegulatoryCompliance/Bundles/${bundle.json.sid}/ItemAssignments`);
    const assigned = await api.post(assignments, { ObjectSid: `RD${'c'.repeat(32)}` });
    expect(assigned.status).toBe(201);
    expect(assigned.json.object_sid).toBe(`RD${'c'.repeat(32)}`);
  });
});
