import { describe, expect, it } from 'vitest';
import { compileSchema, loadSpecs } from '../../src/spec/index.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe.skipIf(!hasTwilioOai)("Twilio's 55 official descriptions (../shared/twilio-oai)", () => {
  it('load, and every response schema compiles', async () => {
    const index = await loadSpecs(TWILIO_OAI);
    let compiled = 0;
    for (const operation of index.operations) {
      for (const response of operation.responses) {
        if (response.schema === undefined) continue;
        expect(typeof compileSchema(response.schema)).toBe('function');
        compiled += 1;
      }
    }
    console.log(`twilio-oai: ${index.specs.length} files, ${index.operations.length} operations indexed, ${index.resources.length} resources, ${compiled} response schemas compiled`);
    expect(index.specs).toHaveLength(55);
    expect(index.operations).toHaveLength(1447);
    expect(index.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const chat = index.resources.find((r) => r.listPath === '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members');
    expect(chat).toMatchObject({ specId: 'chat_v2', sidPrefix: 'MB', listKey: 'members', idParam: 'Sid' });
    const calls = index.resources.find((r) => r.listPath === '/2010-04-01/Accounts/{AccountSid}/Calls.json');
    expect(calls).toMatchObject({ instancePath: '/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json', sidPrefix: 'CA', listKey: 'calls' });
  }, 180_000);

  it('turn 3.0 nullable into 3.1 types', async () => {
    const index = await loadSpecs(`${TWILIO_OAI}/twilio_proxy_v1.json`);
    const fetch = index.operations.find((o) => o.operationId === 'FetchParticipant')!;
    const sid = (fetch.responses[0]!.schema as any).properties.sid;
    expect(sid.type).toEqual(['string', 'null']);
    expect(sid.nullable).toBeUndefined();
    expect(compileSchema(fetch.responses[0]!.schema!)({ sid: null })).toEqual([]);
  });

  it('warn once about vendor formats they use that we do not know', async () => {
    const index = await loadSpecs(`${TWILIO_OAI}/twilio_iam_organizations.json`);
    const formatWarnings = index.diagnostics.filter((d) => d.message.startsWith('unknown formats'));
    expect(formatWarnings).toHaveLength(1);
  });
});
