// Which resource makes a parent the fixtures do not give, and what a run cannot make: the real loader on
// Twilio's own files and on the bundled specs, the real planner. (Making them against a target:
// tests/e2e/parentsOnTheFly.test.ts.)
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { checkFixtures } from '../../src/run/checkFixtures.js';
import { familiesOf } from '../../src/run/parents/familiesOf.js';
import { idValueOf, isAccount, producerOf } from '../../src/run/parents/producerOf.js';
import { pathValueRefusal } from '../../src/run/parents/pathValueRefusal.js';
import { unmadeParent } from '../../src/run/parents/unmadeParent.js';
import { planSuite } from '../../src/run/plan.js';
import { withDefaults, type ConformanceRuntime } from '../../src/run/runtime.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { Resource, SpecIndex } from '../../src/spec/types.js';
import type { Fixtures } from '../../src/target.js';
import { ROOT } from '../helpers/runCli.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const official = (...names: string[]) => names.map((name) => path.join(TWILIO_OAI, `twilio_${name}.json`));
const find = (index: SpecIndex, spec: string, listPath: string): Resource => {
  const found = index.resources.find((r) => r.specId === spec && r.listPath === listPath);
  if (!found) throw new Error(`no resource ${spec} ${listPath}`);
  return found;
};
const producer = (index: SpecIndex, spec: string, listPath: string, param: string) =>
  producerOf(index.resources, find(index, spec, listPath), param)?.listPath;

const runtime = (fixtures: Fixtures, readOnly = false): ConformanceRuntime => ({
  ...withDefaults({ seed: 1, readOnly }, CHECK_IDS),
  specPaths: [],
  target: { baseUrl: 'http://127.0.0.1:1', auth: { accountSid: `AC${'0'.repeat(32)}`, authToken: 't' }, fixtures },
});

describe('the bundled specs: nothing in them makes a parent', () => {
  let bundled: SpecIndex;
  beforeAll(async () => {
    bundled = await loadSpecs(path.join(ROOT, 'specs'), { compile: false });
  });

  it('each resource runs in a stream of its own, as before', () => {
    const families = familiesOf(bundled.resources);
    expect(new Set(families.values()).size).toBe(3);
  });

  it('a resource without its fixtures is skipped, naming them, as before', () => {
    const reasons = new Set(planSuite(bundled, runtime({})).map((t) => t.skip));
    expect(reasons).toEqual(
      new Set([
        'fixture chat_v2.ServiceSid, chat_v2.ChannelSid is missing',
        'fixture conversations_v1.ChatServiceSid, conversations_v1.ConversationSid is missing',
        'fixture proxy_v1.ServiceSid, proxy_v1.SessionSid is missing',
      ]),
    );
  });
});

describe.skipIf(!hasTwilioOai)("Twilio's files: the parent a path parameter names", () => {
  let index: SpecIndex;
  beforeAll(async () => {
    index = await loadSpecs(official('chat_v2', 'conversations_v1', 'proxy_v1', 'api_v2010', 'verify_v2', 'video_v1'), { compile: false });
  });

  it('is the resource whose instance path is the list path up to that parameter, whatever it is called', () => {
    const members = '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members';
    expect(producer(index, 'chat_v2', members, 'ChannelSid')).toBe('/v2/Services/{ServiceSid}/Channels');
    expect(producer(index, 'chat_v2', members, 'ServiceSid')).toBe('/v2/Services');
    expect(producer(index, 'proxy_v1', '/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions', 'ParticipantSid')).toBe(
      '/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants',
    );
    // One name, two parents: the conversation of the default service, and one of a named service.
    expect(producer(index, 'conversations_v1', '/v1/Conversations/{ConversationSid}/Participants', 'ConversationSid')).toBe('/v1/Conversations');
    expect(producer(index, 'conversations_v1', '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants', 'ConversationSid')).toBe(
      '/v1/Services/{ChatServiceSid}/Conversations',
    );
    // `.json` instance paths (api_v2010) match as well.
    expect(producer(index, 'api_v2010', '/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json', 'CallSid')).toBe('/2010-04-01/Accounts/{AccountSid}/Calls.json');
  });

  it('a resource and the ones below its instances run in one stream, never side by side', () => {
    const families = familiesOf(index.resources.filter((r) => r.specId === 'chat_v2'));
    const of = (listPath: string) => families.get(find(index, 'chat_v2', listPath));
    expect(of('/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members')).toBe(of('/v2/Services/{ServiceSid}/Channels'));
    expect(of('/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings')).toBe(of('/v2/Services'));
    expect(of('/v2/Credentials')).not.toBe(of('/v2/Services'));
    expect(new Set(families.values()).size).toBe(2);
  });

  it("an {AccountSid} is the caller's account; an {Identity} parent takes the identity of the one made", () => {
    const accounts = producerOf(index.resources, find(index, 'api_v2010', '/2010-04-01/Accounts/{AccountSid}/Calls.json'), 'AccountSid')!;
    expect(isAccount(accounts)).toBe(true);
    const entities = producerOf(index.resources, find(index, 'verify_v2', '/v2/Services/{ServiceSid}/Entities/{Identity}/Factors'), 'Identity')!;
    expect(entities.listPath).toBe('/v2/Services/{ServiceSid}/Entities');
    expect(idValueOf(entities, { sid: `YE${'1'.repeat(32)}`, identity: 'alice' })).toBe('alice');
    expect(idValueOf(accounts, { sid: `AC${'2'.repeat(32)}` })).toBe(`AC${'2'.repeat(32)}`);
  });

  it('without fixtures, the three core files plan every resource: their parents can all be made', async () => {
    const core = await loadSpecs(official('chat_v2', 'conversations_v1', 'proxy_v1'), { compile: false });
    const tests = planSuite(core, runtime({}));
    expect(tests.length).toBeGreaterThan(1000);
    expect(tests.filter((t) => t.skip)).toEqual([]);
    expect(() => checkFixtures(core, {}, { resources: ['Members', 'Participants'] })).not.toThrow();
    // api_v2010's conference participants are another matter: a conference cannot be created.
    expect(() => checkFixtures(index, {}, { resources: ['Participants'] })).toThrow(
      'fixtures.api_v2010.ConferenceSid is missing: the api_v2010 Participants operations need it as a parent (AccountSid, ConferenceSid)',
    );
  });

  it('a parent that can be created but not deleted is never made; under --read-only one is looked for instead', () => {
    const tracks = find(index, 'video_v1', '/v1/Rooms/{RoomSid}/Participants/{ParticipantSid}/PublishedTracks');
    expect(unmadeParent(index.resources, {}, false, tracks)).toBe(
      'fixture video_v1.RoomSid, video_v1.ParticipantSid is missing (Rooms has no delete operation: one made here would be left behind)',
    );
    expect(unmadeParent(index.resources, {}, true, tracks)).toBeUndefined();
    expect(unmadeParent(index.resources, { video_v1: { RoomSid: `RM${'1'.repeat(32)}` } }, false, tracks)).toBe(
      'fixture video_v1.ParticipantSid is missing (Participants has no create operation)',
    );
  });

  it('fixtures win: a parent given is never made, and one given for a child is used by it', () => {
    const members = find(index, 'chat_v2', '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members');
    expect(unmadeParent(index.resources, { chat_v2: { ServiceSid: `IS${'1'.repeat(32)}` } }, false, members)).toBeUndefined();
    const tests = planSuite(index, runtime({ chat_v2: { ServiceSid: `IS${'1'.repeat(32)}`, ChannelSid: `CH${'2'.repeat(32)}` } }));
    expect(tests.filter((t) => t.spec === 'chat_v2' && t.skip)).toEqual([]);
  });
});

describe.skipIf(!hasTwilioOai)("a parent made whose SID its child's paths refuse (intelligence_v2: ^LY and ^GA on Operators)", () => {
  it("is refused with the pattern it breaks, whichever prefix it has", async () => {
    const index = await loadSpecs([path.join(TWILIO_OAI, 'twilio_intelligence_v2.json')], { compile: false });
    const operators = index.resources.find((r) => r.listPath === '/v2/Services/{ServiceSid}/Operators')!;
    expect(pathValueRefusal(operators, 'ServiceSid', `GA${'0'.repeat(32)}`)).toBe(`GA${'0'.repeat(32)} must match pattern "^LY[0-9a-fA-F]{32}$"`);
    expect(pathValueRefusal(operators, "ServiceSid", `LY${"0".repeat(32)}`)).toMatch(/^LY0{32} must match pattern "\^GA/u);
  });
});
