// The create parameters whose values the generator makes unique: required plain strings, and the
// rules table's unique parameter wherever the resource is described (issue 15 point 3: Twilio's own
// Conversations file makes Identity optional, yet a second participant with one identity is a 409).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUniqueNames } from '../../src/generate/defaultUniqueNames.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import { ROOT } from '../helpers/runCli.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const uniqueNamesOf = async (file: string, operationId: string) => {
  const index = await loadSpecs(file, { compile: false });
  return defaultUniqueNames(index.operations.find((operation) => operation.operationId === operationId)!).sort();
};

describe('defaultUniqueNames', () => {
  it('the bundled specs: the required names, and both anyOf branches of a Conversations participant', async () => {
    expect(await uniqueNamesOf(path.join(ROOT, 'specs/chat_v2.yaml'), 'CreateMember')).toEqual(['Identity']);
    expect(await uniqueNamesOf(path.join(ROOT, 'specs/conversations_v1.yaml'), 'CreateServiceConversationParticipant')).toEqual(['Identity', 'MessagingBinding.Address']);
    expect(await uniqueNamesOf(path.join(ROOT, 'specs/proxy_v1.yaml'), 'CreateParticipant')).toEqual(['Identifier']);
  });

  it.skipIf(!hasTwilioOai)("Twilio's Conversations file: Identity by the rules table, though optional there; nothing on a path the table does not name", async () => {
    const file = path.join(TWILIO_OAI, 'twilio_conversations_v1.json');
    expect(await uniqueNamesOf(file, 'CreateServiceConversationParticipant')).toEqual(['Identity']);
    expect(await uniqueNamesOf(file, 'CreateConversationParticipant')).toEqual([]);
    expect(await uniqueNamesOf(file, 'UpdateServiceConversationParticipant')).toEqual([]);
  });
});
