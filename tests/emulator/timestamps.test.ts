import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './api.js';

let api: Api;
beforeAll(async () => {
  api = await startApi({ seed: 19 });
});
afterAll(() => api.emulator.close());

const WHOLE_SECONDS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u;
const nowSeconds = () => Math.floor(Date.now() / 1000) * 1000;

describe('timestamps', () => {
  it('a create without dates gets date_created == date_updated == now, in whole seconds UTC', async () => {
    const before = nowSeconds();
    const reply = await api.post(api.chat(), { Identity: 't1' });
    const after = Date.now();
    expect(reply.json.date_created).toMatch(WHOLE_SECONDS_UTC);
    expect(reply.json.date_updated).toBe(reply.json.date_created);
    expect(Date.parse(reply.json.date_created)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(reply.json.date_created)).toBeLessThanOrEqual(after);
  });

  it.each([
    { sent: '2016-03-24T21:05:50Z', stored: '2016-03-24T21:05:50Z' },
    { sent: '2016-03-24T21:05:50.999Z', stored: '2016-03-24T21:05:50Z' },
    { sent: '2016-03-24t21:05:50z', stored: '2016-03-24T21:05:50Z' },
    { sent: '2016-03-24 21:05:50Z', stored: '2016-03-24T21:05:50Z' },
    { sent: '2016-03-25T02:35:50+05:30', stored: '2016-03-24T21:05:50Z' },
    { sent: '2016-03-24T13:05:50.5-08:00', stored: '2016-03-24T21:05:50Z' },
    { sent: '1970-01-01T00:00:00Z', stored: '1970-01-01T00:00:00Z' },
    { sent: '9999-12-31T23:59:59.999999+00:00', stored: '9999-12-31T23:59:59Z' },
    { sent: '2000-02-29T23:30:00-01:00', stored: '2000-03-01T00:30:00Z' },
  ])('DateCreated $sent comes back as $stored (and DateUpdated follows it)', async ({ sent, stored }) => {
    const reply = await api.post(api.chat(), { Identity: `date ${sent}`, DateCreated: sent, LastConsumptionTimestamp: sent });
    expect(reply.status, reply.text).toBe(201);
    expect(reply.json).toMatchObject({ date_created: stored, date_updated: stored, last_consumption_timestamp: stored });
  });

  it('client-sent DateCreated and DateUpdated are echoed as sent, even out of order', async () => {
    const reply = await api.post(api.chat(), { Identity: 't2', DateCreated: '2020-01-01T00:00:00Z', DateUpdated: '2019-01-01T00:00:00Z' });
    expect(reply.json).toMatchObject({ date_created: '2020-01-01T00:00:00Z', date_updated: '2019-01-01T00:00:00Z' });
  });

  it('an update moves date_updated to now and keeps date_created', async () => {
    const created = await api.post(api.chat(), { Identity: 't3', DateCreated: '2001-01-01T00:00:00Z' });
    const before = nowSeconds();
    const updated = await api.post(`${api.chat()}/t3`, { Attributes: '{"v":2}' });
    expect(updated.json.date_created).toBe('2001-01-01T00:00:00Z');
    expect(updated.json.date_updated).toMatch(WHOLE_SECONDS_UTC);
    expect(Date.parse(updated.json.date_updated)).toBeGreaterThanOrEqual(before);
    expect(created.json.date_updated).toBe('2001-01-01T00:00:00Z');
  });

  it('an update never moves date_updated backwards (a future DateUpdated stays)', async () => {
    await api.post(api.chat(), { Identity: 't4', DateUpdated: '2999-01-01T00:00:00Z' });
    const updated = await api.post(`${api.chat()}/t4`, { LastConsumedMessageIndex: '1' });
    expect(updated.json.date_updated).toBe('2999-01-01T00:00:00Z');
    const explicit = await api.post(`${api.chat()}/t4`, { DateUpdated: '2010-10-10T10:10:10+10:00' });
    expect(explicit.json.date_updated).toBe('2010-10-10T00:10:10Z');
  });

  it('an update with DateCreated changes date_created (restoring from a backup)', async () => {
    await api.post(api.conversations(), { Identity: 't5' });
    const participant = await api.get(`${api.conversations()}/t5`);
    const updated = await api.post(`${api.conversations()}/${participant.json.sid}`, { DateCreated: '2012-12-12T12:12:12Z' });
    expect(updated.json.date_created).toBe('2012-12-12T12:12:12Z');
    expect(updated.json.last_read_timestamp).toBeNull();
  });

  it('an empty nullable integer sets it to null', async () => {
    await api.post(api.chat(), { Identity: 't6', LastConsumedMessageIndex: '9' });
    const cleared = await api.post(`${api.chat()}/t6`, { LastConsumedMessageIndex: '' });
    expect(cleared.json.last_consumed_message_index).toBeNull();
  });
});
