// Which tests a run plans for --operations / --resources, and what fixtures it needs: the real
// loader on the bundled specs, the real planner.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { checkFixtures } from '../../src/run/checkFixtures.js';
import { planSuite } from '../../src/run/plan.js';
import { withDefaults, type ConformanceRuntime, type SuiteOptions } from '../../src/run/runtime.js';
import { selectedOperations, unknownResources } from '../../src/run/selection.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { SpecIndex } from '../../src/spec/types.js';
import type { Fixtures } from '../../src/target.js';
import { ROOT } from '../helpers/runCli.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const FIXTURES: Fixtures = {
  chat_v2: { ServiceSid: `IS${'1'.repeat(32)}`, ChannelSid: `CH${'2'.repeat(32)}` },
  conversations_v1: { ChatServiceSid: `IS${'3'.repeat(32)}`, ConversationSid: `CH${'4'.repeat(32)}` },
  proxy_v1: { ServiceSid: `KS${'5'.repeat(32)}`, SessionSid: `KC${'6'.repeat(32)}` },
};

let index: SpecIndex;
beforeAll(async () => {
  index = await loadSpecs(path.join(ROOT, 'specs'), { compile: false });
});

const runtime = (options: Partial<SuiteOptions>, target: Partial<ConformanceRuntime['target']> = {}): ConformanceRuntime => ({
  ...withDefaults({ seed: 1, ...options }, CHECK_IDS),
  specPaths: [],
  target: { baseUrl: 'http://127.0.0.1:1', auth: { accountSid: `AC${'0'.repeat(32)}`, authToken: 't' }, fixtures: FIXTURES, ...target },
});

/** `spec subject` of every planned test, once each, in plan order. */
const subjects = (r: ConformanceRuntime) => [...new Set(planSuite(index, r).map((t) => `${t.spec} ${t.subject}`))];

describe('selection', () => {
  it('--operations naming every operation of a resource keeps its sequences; naming some drops them', () => {
    const all = subjects(runtime({ operations: ['ListMember', 'CreateMember', 'FetchMember', 'UpdateMember', 'DeleteMember'] }));
    expect(all).toEqual(['chat_v2 ListMember', 'chat_v2 CreateMember', 'chat_v2 FetchMember', 'chat_v2 UpdateMember', 'chat_v2 DeleteMember', 'chat_v2 Members sequences']);
    expect(subjects(runtime({ operations: ['CreateMember', 'FetchMember'] }))).toEqual(['chat_v2 CreateMember', 'chat_v2 FetchMember']);
  });

  it('--resources selects whole resources by name or list key, sequences included', () => {
    expect(subjects(runtime({ resources: ['Members'] }))).toEqual(subjects(runtime({ resources: ['members'] })));
    const participants = subjects(runtime({ resources: ['Participants'] }));
    expect(participants.filter((s) => s.endsWith('sequences'))).toEqual(['conversations_v1 Participants sequences', 'proxy_v1 Participants sequences']);
    expect(participants.some((s) => s.startsWith('chat_v2'))).toBe(false);
    expect(selectedOperations(index, { resources: ['Participants'] })).toHaveLength(9);
    // --operations and --resources add up.
    expect(selectedOperations(index, { resources: ['Members'], operations: ['CreateParticipant'] }).map((o) => `${o.specId} ${o.operationId}`)).toEqual([
      'chat_v2 ListMember', 'chat_v2 CreateMember', 'chat_v2 FetchMember', 'chat_v2 UpdateMember', 'chat_v2 DeleteMember', 'proxy_v1 CreateParticipant',
    ]);
  });

  it('unknown resource names are told apart from the known ones', () => {
    expect(unknownResources(index, ['Members', 'Channels'])).toEqual({ unknown: ['Channels'], known: ['Members', 'Participants'] });
  });

  it('a spec without a base URL is planned, every test skipped with the reason', () => {
    const tests = planSuite(index, runtime({}, { baseUrl: { chat_v2: 'http://127.0.0.1:1' } }));
    const proxy = tests.filter((t) => t.spec === 'proxy_v1');
    expect(proxy.length).toBeGreaterThan(0);
    expect(new Set(proxy.map((t) => t.skip))).toEqual(new Set(['no base URL for spec proxy_v1']));
    expect(tests.filter((t) => t.spec === 'chat_v2').every((t) => t.skip === undefined)).toBe(true);
  });

  it('a resource whose parents have no fixture is skipped, naming the fixture', () => {
    const tests = planSuite(index, runtime({}, { fixtures: { chat_v2: FIXTURES.chat_v2! } }));
    expect(new Set(tests.filter((t) => t.spec === 'proxy_v1').map((t) => t.skip))).toEqual(new Set(['fixture proxy_v1.ServiceSid, proxy_v1.SessionSid is missing']));
  });
});

describe('fixtures needed', () => {
  it('only the selected operations need theirs', () => {
    expect(() => checkFixtures(index, { chat_v2: FIXTURES.chat_v2! }, { operations: ['CreateMember'] })).not.toThrow();
    expect(() => checkFixtures(index, { chat_v2: FIXTURES.chat_v2! }, { resources: ['Members'] })).not.toThrow();
    expect(() => checkFixtures(index, { chat_v2: FIXTURES.chat_v2! }, { operations: ['CreateParticipant'] })).toThrow(
      'fixtures.proxy_v1.ServiceSid is missing: the proxy_v1 Participants operations need it as a parent (ServiceSid, SessionSid)',
    );
  });

  it('fixtures given for a spec that fit none of its resources are an error; none at all is a skip', () => {
    expect(() => checkFixtures(index, { chat_v2: { ServiceSid: FIXTURES.chat_v2!.ServiceSid! } })).toThrow('fixtures.chat_v2.ChannelSid is missing');
    expect(() => checkFixtures(index, {})).not.toThrow();
  });
});

describe.skipIf(!hasTwilioOai)("Twilio's proxy_v1 file, whose id is now our proxy_v1's", () => {
  it("the uniqueness rule (Identifier) plans conflict and concurrency only where the create takes Identifier", async () => {
    const official = await loadSpecs(path.join(TWILIO_OAI, 'twilio_proxy_v1.json'), { compile: false });
    const sequenceChecks = (name: string) =>
      planSuite(official, runtime({})).filter((t) => t.subject === `${name} sequences`).map((t) => t.check).sort();
    // Every sequences row also has the single-exchange checks that judge what its sequences send.
    const exchange = ['content_type', 'defaults', 'error_shape', 'request_echo', 'response_headers', 'response_schema', 'self_url', 'sid_consistency', 'sid_pattern', 'status_code'];
    const sorted = (checks: string[]) => [...checks, ...exchange].sort();
    expect(sequenceChecks('Participants')).toEqual(sorted(['concurrency', 'conflict', 'lifecycle', 'no_server_error', 'pagination', 'timestamps']));
    expect(sequenceChecks('Sessions')).toEqual(sorted(['lifecycle', 'no_server_error', 'pagination']));
  });
});
