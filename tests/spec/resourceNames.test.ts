// Resource names are unique within a description, and `--resources` names a resource by the words its
// list path ends in. The real loader on Twilio's own files (where "Participants" ends two paths of
// conversations_v1), and the matching rules on paths written out here.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import { namesResource, pathSegments } from '../../src/spec/resourceNames.js';
import type { SpecIndex } from '../../src/spec/types.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe('pathSegments', () => {
  it('drops the version (v1, v2010-style dates) and .json, keeps the rest', () => {
    expect(pathSegments('/v2/Services/{ServiceSid}/Channels')).toEqual(['Services', '{ServiceSid}', 'Channels']);
    expect(pathSegments('/2010-04-01/Accounts/{AccountSid}/Calls.json')).toEqual(['Accounts', '{AccountSid}', 'Calls']);
    expect(pathSegments('/marketplace/AvailableAddOns')).toEqual(['marketplace', 'AvailableAddOns']);
  });
});

describe('namesResource', () => {
  const service = { listPath: '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants', listKey: 'participants' };
  const plain = { listPath: '/v1/Conversations/{ConversationSid}/Participants', listKey: 'participants' };

  it('the last word names both; more words name one; parameters may be written or left out', () => {
    expect([namesResource('Participants', service), namesResource('Participants', plain)]).toEqual([true, true]);
    expect([namesResource('Conversations/Participants', service), namesResource('Conversations/Participants', plain)]).toEqual([true, true]);
    expect([namesResource('Services/Conversations/Participants', service), namesResource('Services/Conversations/Participants', plain)]).toEqual([true, false]);
    expect(namesResource('Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants', service)).toBe(true);
  });

  it('parameters written must stand where the path has them (any name)', () => {
    const jobs = { listPath: '/v1/Exports/{ResourceType}/Jobs' };
    const exportJobs = { listPath: '/v1/Exports/Jobs' };
    expect([namesResource('Exports/Jobs', jobs), namesResource('Exports/Jobs', exportJobs)]).toEqual([true, true]);
    expect([namesResource('/Exports/Jobs', jobs), namesResource('/Exports/Jobs', exportJobs)]).toEqual([false, true]);
    expect([namesResource('/Exports/{x}/Jobs', jobs), namesResource('/Exports/{x}/Jobs', exportJobs)]).toEqual([true, false]);
    expect([namesResource('Exports/{x}/Jobs', jobs), namesResource('Exports/{x}/Jobs', exportJobs)]).toEqual([true, false]);
  });

  it('a leading / names the whole path after the version, parameters and all', () => {
    expect([namesResource('/Conversations/{ConversationSid}/Participants', service), namesResource('/Conversations/{Sid}/Participants', plain)]).toEqual([false, true]);
    expect(namesResource('/Conversations/Participants', plain)).toBe(false);
  });

  it('the list key names it too; a word that only ends a longer word, or is not last, does not', () => {
    expect(namesResource('participants', plain)).toBe(true);
    expect(namesResource('ants', plain)).toBe(false);
    expect(namesResource('Conversations', plain)).toBe(false);
    expect(namesResource('', plain)).toBe(false);
    expect(namesResource('Services/Members/Conversations/Participants', service)).toBe(false);
  });
});

describe.skipIf(!hasTwilioOai)("names of the resources in Twilio's 55 files", () => {
  let index: SpecIndex;
  beforeAll(async () => {
    index = await loadSpecs(TWILIO_OAI, { compile: false });
  }, 60_000);

  const namesIn = (specId: string, word: string) => index.resources.filter((r) => r.specId === specId && (r.name === word || r.name.endsWith(`/${word}`))).map((r) => r.name).sort();

  it('are unique within each description', () => {
    const keys = index.resources.map((r) => `${r.specId} ${r.name}`);
    expect(keys).toHaveLength(514);
    expect(new Set(keys).size).toBe(514);
  });

  it('are the last word where it is the only one, and as many words from the end as tell them apart where not', () => {
    expect(namesIn('chat_v2', 'Members')).toEqual(['Members']);
    expect(namesIn('conversations_v1', 'Participants')).toEqual([
      'Conversations/{ConversationSid}/Participants',
      'Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants',
    ]);
    expect(namesIn('chat_v2', 'Channels')).toEqual(['Services/{ServiceSid}/Channels', 'Users/{UserSid}/Channels']);
    expect(namesIn('api_v2010', 'Recordings')).toEqual(['Accounts/{AccountSid}/Recordings', 'Calls/{CallSid}/Recordings', 'Conferences/{ConferenceSid}/Recordings']);
    // The same words, told apart by a parameter between them.
    expect(namesIn('bulkexports_v1', 'Jobs')).toEqual(['Exports/Jobs', 'Exports/{ResourceType}/Jobs']);
  });

  it('every name names its own resource, and no other of its description', () => {
    for (const resource of index.resources) {
      const named = index.resources.filter((r) => r.specId === resource.specId && namesResource(`/${pathSegments(resource.listPath).join('/')}`, r));
      expect(named.map((r) => r.listPath)).toEqual([resource.listPath]);
      expect(namesResource(resource.name, resource)).toBe(true);
    }
  });
});

describe('names in the bundled specs', () => {
  it('stay the last word of the list path', async () => {
    const bundled = await loadSpecs(path.resolve(__dirname, '../../specs'), { compile: false });
    expect(bundled.resources.map((r) => `${r.specId} ${r.name}`)).toEqual(['chat_v2 Members', 'conversations_v1 Participants', 'proxy_v1 Participants']);
  });
});
