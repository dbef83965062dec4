// request_echo compares a sent parameter only where the response documents its field (issue 15): in
// Twilio's own chat_v2 file a Credential's secrets are sent and never shown, a Service's dotted
// settings nest under documented objects.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoedParameters } from '../../src/checks/requestEcho.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { SpecIndex } from '../../src/spec/types.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe.skipIf(!hasTwilioOai)("request_echo on Twilio's chat_v2 file", () => {
  let index: SpecIndex;
  beforeAll(async () => {
    index = await loadSpecs(path.join(TWILIO_OAI, 'twilio_chat_v2.json'), { compile: false });
  });
  const echoed = (operationId: string) => echoedParameters(index.operations.find((op) => op.operationId === operationId)!);

  it('leaves out what the response does not document (a credential is never shown back)', () => {
    expect(echoed('CreateCredential')).toEqual(['Type', 'FriendlyName', 'Sandbox']);
  });

  it('keeps dotted names under a documented object', () => {
    expect(echoed('UpdateService')).toContain('Notifications.NewMessage.Enabled');
    expect(echoed('UpdateService')).toContain('Limits.ChannelMembers');
  });
});
