// After an interrupt, the CLI deletes what the ledger still holds: each resource under the parents it
// was created under (parents made on the fly are not in any fixture), and the parents the run made
// last, one at a time, below-first. The real cleanUpLedger against a real loopback server.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { cleanUpLedger } from '../../src/run/cleanUpLedger.js';
import type { LedgerEntry } from '../../src/run/ledger.js';
import { withDefaults, type ConformanceRuntime } from '../../src/run/runtime.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { SpecIndex } from '../../src/spec/types.js';
import { startServer, type TestServer } from '../http/startServer.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const IS = `IS${'1'.repeat(32)}`;
const CH = `CH${'2'.repeat(32)}`;
const MB = (n: number) => `MB${String(n).repeat(32)}`;
const MEMBERS = '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members';

describe.skipIf(!hasTwilioOai)('cleanUpLedger with parents made on the fly', () => {
  let index: SpecIndex;
  let target: TestServer;
  const deletes: string[] = [];
  beforeAll(async () => {
    index = await loadSpecs(path.join(TWILIO_OAI, 'twilio_chat_v2.json'), { compile: false });
    target = await startServer((req, res) => {
      if (req.method === 'DELETE') deletes.push(req.url!);
      // The service goes only once its channel is gone: a parent deleted too early would be left.
      const early = req.url === `/v2/Services/${IS}` && !deletes.includes(`/v2/Services/${IS}/Channels/${CH}`);
      res.writeHead(early ? 409 : 204).end();
    });
  });
  afterAll(() => target.close());

  it('deletes the members under their recorded parents, then the channel, then the service', async () => {
    const entries: LedgerEntry[] = [
      { specId: 'chat_v2', listPath: '/v2/Services', sid: IS, parents: {}, parent: true },
      { specId: 'chat_v2', listPath: '/v2/Services/{ServiceSid}/Channels', sid: CH, parents: { ServiceSid: IS }, parent: true },
      { specId: 'chat_v2', listPath: MEMBERS, sid: MB(3), parents: { ServiceSid: IS, ChannelSid: CH } },
      { specId: 'chat_v2', listPath: MEMBERS, sid: MB(4), parents: { ServiceSid: IS, ChannelSid: CH } },
    ];
    const runtime: ConformanceRuntime = {
      ...withDefaults({ seed: 1, concurrency: 1 }, CHECK_IDS),
      specPaths: [],
      target: { baseUrl: target.url, auth: { accountSid: `AC${'0'.repeat(32)}`, authToken: 't' }, fixtures: {} },
    };
    const outcome = await cleanUpLedger({ entries: () => entries, close: () => undefined }, runtime, index);
    expect(outcome).toEqual({ deleted: 4, left: [], undeletable: {} });
    expect(deletes).toEqual([
      `/v2/Services/${IS}/Channels/${CH}/Members/${MB(4)}`,
      `/v2/Services/${IS}/Channels/${CH}/Members/${MB(3)}`,
      `/v2/Services/${IS}/Channels/${CH}`,
      `/v2/Services/${IS}`,
    ]);
  });
});
