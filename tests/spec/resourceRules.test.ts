// The prose rules are attached to a resource by its list path template, not by spec id: Twilio's own
// description of Chat v2 gets the same rules for Members as the bundled one, and a resource the table
// does not name gets none of them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import { ANY_RESOURCE, pathShape, resourceRules } from '../../src/spec/resourceRules.js';
import type { Resource } from '../../src/spec/types.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { ROOT } from '../helpers/runCli.js';

const MEMBERS = '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members';
const membersOf = (resources: Resource[]): Resource => resources.find((r) => r.listPath === MEMBERS)!;

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe('resource rules', () => {
  it('match a list path template whatever its parameters are named', () => {
    expect(pathShape('/v2/Services/{ChatServiceSid}/Channels/{Channel}/Members')).toBe('/v2/Services/{}/Channels/{}/Members');
    const renamed = resourceRules('/v2/Services/{ChatServiceSid}/Channels/{Channel}/Members');
    expect(renamed).toBe(resourceRules(MEMBERS));
    expect(renamed.uniqueParameter).toBe('Identity');
    expect(renamed.instanceAlias).toEqual({ field: 'identity', on: ['fetch', 'update', 'delete'] });
    expect(renamed.parentAliases).toEqual({ ChannelSid: 'ChannelUniqueName' });
    expect(renamed.defaults.map((rule) => rule.field)).toEqual([
      'attributes', 'role_sid', 'last_consumed_message_index', 'last_consumption_timestamp', 'last_read_message_index', 'last_read_timestamp',
    ]);
    expect(renamed.deleteStatuses).toEqual([200, 204]);
  });

  it('give a resource the table does not name (Chat Users, Members/{Sid}) none of the prose rules: no aliases, no unique parameter, no defaults', () => {
    expect(resourceRules('/v2/Services/{ServiceSid}/Users')).toBe(ANY_RESOURCE);
    expect(resourceRules(`${MEMBERS}/{Sid}`)).toBe(ANY_RESOURCE);
    expect(ANY_RESOURCE).toEqual({ defaults: [], deleteStatuses: [200, 204] });
    // A named resource without defaults of its own gets the ones Twilio states for its resources.
    expect(resourceRules('/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants').defaults.map((rule) => rule.field)).toEqual([
      'attributes', 'last_consumed_message_index', 'last_consumption_timestamp', 'last_read_message_index', 'last_read_timestamp',
    ]);
  });

  it.skipIf(!hasTwilioOai)("give Members in Twilio's official chat_v2 file the rules of specs/chat_v2.yaml", async () => {
    const bundled = membersOf((await loadSpecs(path.join(ROOT, 'specs/chat_v2.yaml'))).resources);
    const official = membersOf((await loadSpecs(path.join(TWILIO_OAI, 'twilio_chat_v2.json'))).resources);
    expect(official.specId).toBe(bundled.specId);
    expect(resourceRules(official.listPath)).toEqual(resourceRules(bundled.listPath));
    expect(resourceRules(official.listPath).uniqueParameter).toBe('Identity');
  });
});
