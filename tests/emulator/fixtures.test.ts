import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { SID } from './api.js';

describe('fixtures and credentials', () => {
  it('names a Chat channel, a conversation and a Proxy session, with SIDs of the right prefixes', async () => {
    const emulator = await startEmulator();
    try {
      expect(emulator.accountSid).toMatch(SID('AC'));
      expect(emulator.authToken).toMatch(/^[0-9a-f]{32}$/u);
      const { chat_v2, conversations_v1, proxy_v1 } = emulator.fixtures;
      expect(chat_v2).toEqual({ ServiceSid: expect.stringMatching(SID('IS')), ChannelSid: expect.stringMatching(SID('CH')), ChannelUniqueName: 'general' });
      expect(conversations_v1).toEqual({ ChatServiceSid: expect.stringMatching(SID('IS')), ConversationSid: expect.stringMatching(SID('CH')) });
      expect(proxy_v1).toEqual({ ServiceSid: expect.stringMatching(SID('KS')), SessionSid: expect.stringMatching(SID('KC')) });
      expect(emulator.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    } finally {
      await emulator.close();
    }
  });

  it('is deterministic with a seed and random without one', async () => {
    const [a, b, c, d] = await Promise.all([startEmulator({ seed: 1 }), startEmulator({ seed: 1 }), startEmulator({ seed: 2 }), startEmulator()]);
    try {
      const view = (e: typeof a) => ({ accountSid: e.accountSid, authToken: e.authToken, fixtures: e.fixtures });
      expect(view(b)).toEqual(view(a));
      expect(c.accountSid).not.toBe(a.accountSid);
      expect(d.authToken).not.toBe(a.authToken);
      expect(a.baseUrl).not.toBe(b.baseUrl);
    } finally {
      await Promise.all([a, b, c, d].map((e) => e.close()));
    }
  });

  it('counts requests by method', async () => {
    const emulator = await startEmulator({ seed: 3 });
    try {
      const auth = `Basic ${Buffer.from(`${emulator.accountSid}:${emulator.authToken}`).toString('base64')}`;
      await fetch(`${emulator.baseUrl}/v1/Services/${emulator.fixtures.proxy_v1!.ServiceSid}/Sessions/${emulator.fixtures.proxy_v1!.SessionSid}/Participants`, { headers: { authorization: auth } });
      await fetch(`${emulator.baseUrl}/nowhere`, { method: 'DELETE', headers: { authorization: auth } });
      await fetch(`${emulator.baseUrl}/nowhere`, { method: 'DELETE' });
      expect(emulator.stats.requestsByMethod).toEqual({ GET: 1, DELETE: 2 });
      expect(emulator.stats.requests).toBe(3);
      expect(emulator.stats.responsesByStatus).toEqual({ 200: 1, 401: 1, 404: 1 });
    } finally {
      await emulator.close();
    }
  });

  it('listens where it is told and closes cleanly', async () => {
    const emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
    const reply = await fetch(`${emulator.baseUrl}/`);
    expect(reply.status).toBe(401);
    await emulator.close();
    await expect(fetch(`${emulator.baseUrl}/`)).rejects.toThrow();
  });
});
