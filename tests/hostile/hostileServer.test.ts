// The test proxy itself (support/hostileServer.ts): apart from the one way it misbehaves, it must be as
// correct as its upstream, or a hostile test judges the proxy instead of the harness (issue #11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { basicAuth } from '../../src/http/basicAuth.js';
import { createHttpClient } from '../../src/http/createHttpClient.js';
import type { Exchange, TransportFailure } from '../../src/http/types.js';
import { OVERSIZED_BYTES } from '../../src/run/scenarios/protocolProbes.js';
import { startHostile, type HostileServer } from './support/hostileServer.js';

let emulator: Emulator;
let proxy: HostileServer;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 7 });
  proxy = await startHostile((_req, _res, tools) => tools.forward(), emulator.baseUrl);
});
afterAll(async () => {
  await proxy.close();
  await emulator.close();
});

const statusOf = (outcome: Exchange | TransportFailure): number | string =>
  'response' in outcome ? outcome.response.status : `${outcome.code}: ${outcome.message}`;

describe('a request sent behind an oversized body on the same connection, the body answered early (413)', () => {
  // The emulator itself is the control: a server that answers early and keeps the connection reads the
  // rest of the body, so the request behind it is answered. The proxy forwarding to it must do as well.
  it.each(['the emulator', 'the hostile proxy forwarding everything'])('%s: 413, then 200, no failure', async (target) => {
    const base = target === 'the emulator' ? emulator.baseUrl : proxy.url;
    const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2!;
    const members = `${base}/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members`;
    const headers = { Authorization: basicAuth({ accountSid: emulator.accountSid, authToken: emulator.authToken }), 'Content-Type': 'application/x-www-form-urlencoded' };
    // One connection, as `--concurrency 1` has it: the GET goes out on the socket that still carries the
    // rest of the 2 MiB body (the protocol scenario's oversized probe, then the read that follows it).
    const client = createHttpClient({ concurrency: 1, timeoutMs: 60_000 });
    try {
      const big = await client.send({ method: 'POST', url: members, headers, body: `Identity=big&Padding=${'x'.repeat(OVERSIZED_BYTES)}` });
      const next = await client.send({ method: 'GET', url: members, headers });
      expect([statusOf(big), statusOf(next)]).toEqual([413, 200]);
      expect(client.stats.failures).toBe(0);
    } finally {
      await client.close();
    }
    if (base === proxy.url) expect(proxy.seen.map((s) => s.method)).toEqual(['POST', 'GET']);
  }, 120_000);
});
