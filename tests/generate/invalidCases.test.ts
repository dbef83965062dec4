import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidCases } from '../../src/generate/invalidCases.js';
import { MUTATIONS } from '../../src/generate/mutations/index.js';
import { toWireRequest } from '../../src/generate/toWireRequest.js';
import type { Mutation, RequestCase } from '../../src/generate/types.js';
import { validCase } from '../../src/generate/validCase.js';
import { loadSpecFile } from '../../src/spec/loadSpecs.js';
import type { Operation } from '../../src/spec/types.js';
import { validateRequest } from '../../src/spec/validateRequest.js';
import { FIXTURES, IDS, operation, projectSpecs } from './projectSpecs.js';

const index = await projectSpecs();
const baseOf = (op: Operation, seed = 1): RequestCase =>
  fc.sample(validCase(op, FIXTURES[op.specId] ?? { ShopId: 'SH0001' }, { ids: IDS[op.specId] ?? {} }), { seed, numRuns: 1 })[0]!;
const labels = (cases: RequestCase[]): string[] => [...new Set(cases.map(({ breaks }) => `${breaks!.rule} ${breaks!.location} ${breaks!.name}`))].sort();
const valueOf = (request: RequestCase, name: string): string | undefined =>
  request.form?.find(([key]) => key === name)?.[1] ?? request.query.find(([key]) => key === name)?.[1] ?? request.headers[name] ?? request.path[name];
const find = (cases: RequestCase[], rule: string, name: string): RequestCase[] =>
  cases.filter(({ breaks }) => breaks!.rule === rule && breaks!.name === name);

const DATES = (...names: string[]) => names.map((name) => `date-time body ${name}`);
const WEBHOOK = ['enum header X-Twilio-Webhook-Enabled'];
const LIST = ['range query Page', 'range query PageSize', 'type query Page', 'type query PageSize'];

/** What each project operation gets, derived from its schemas alone. */
const EXPECTED: Record<string, string[]> = {
  ListMember: [...LIST, 'pattern path ServiceSid'],
  CreateMember: [
    ...DATES('DateCreated', 'DateUpdated', 'LastConsumptionTimestamp'), 'empty body Identity', 'empty body RoleSid', ...WEBHOOK,
    'json body Attributes', 'pattern body RoleSid', 'pattern path ServiceSid', 'required body Identity', 'type body LastConsumedMessageIndex',
  ],
  FetchMember: ['pattern path ServiceSid'],
  UpdateMember: [
    ...DATES('DateCreated', 'DateUpdated', 'LastConsumptionTimestamp'), 'empty body RoleSid', ...WEBHOOK, 'json body Attributes',
    'pattern body RoleSid', 'pattern path ServiceSid', 'type body LastConsumedMessageIndex',
  ],
  DeleteMember: [...WEBHOOK, 'pattern path ServiceSid'],
  ListServiceConversationParticipant: [...LIST, 'pattern path ChatServiceSid'],
  CreateServiceConversationParticipant: [
    ...DATES('DateCreated', 'DateUpdated'), 'empty body ', 'empty body Identity', 'empty body RoleSid', ...WEBHOOK, 'json body Attributes',
    'maxLength body Identity', 'pattern body RoleSid', 'pattern path ChatServiceSid', 'required body ',
  ],
  FetchServiceConversationParticipant: ['pattern path ChatServiceSid'],
  UpdateServiceConversationParticipant: [
    ...DATES('DateCreated', 'DateUpdated'), 'empty body Identity', 'empty body RoleSid', ...WEBHOOK, 'json body Attributes',
    'maxLength body Identity', 'pattern body RoleSid', 'pattern path ChatServiceSid', 'type body LastReadMessageIndex',
  ],
  DeleteServiceConversationParticipant: [...WEBHOOK, 'pattern path ChatServiceSid'],
  ListParticipant: [...LIST, 'pattern path ServiceSid', 'pattern path SessionSid'],
  CreateParticipant: [
    'empty body Identifier', 'empty body ProxyIdentifierSid', 'maxLength body FriendlyName', 'pattern body ProxyIdentifierSid',
    'pattern path ServiceSid', 'pattern path SessionSid', 'required body Identifier',
  ],
  FetchParticipant: ['pattern path ServiceSid', 'pattern path SessionSid', 'pattern path Sid'],
  DeleteParticipant: ['pattern path ServiceSid', 'pattern path SessionSid', 'pattern path Sid'],
};

describe('invalidCases: one documented rule broken per case', () => {
  it.each(index.operations.map((op) => [op.operationId, op] as const))('%s', (name, op) => {
    expect(labels(invalidCases(op, baseOf(op)))).toEqual([...EXPECTED[name]!].sort());
  });

  it('every negative case of every operation is invalid at the parameter it names, over many bases', () => {
    for (const op of index.operations) {
      fc.assert(
        fc.property(validCase(op, FIXTURES[op.specId]!, { ids: IDS[op.specId]! }), (base) => {
          for (const negative of invalidCases(op, base)) {
            const { location, name } = negative.breaks!;
            const issues = validateRequest(op, toWireRequest(negative));
            expect(issues.some((issue) => issue.location === location && (name === '' || issue.name === name))).toBe(true);
          }
        }),
        { seed: 3, numRuns: 15 },
      );
    }
  });

  it('changes nothing but the broken parameter', async () => {
    const op = await operation('chat_v2', 'CreateMember');
    const base = baseOf(op, 5);
    for (const negative of invalidCases(op, base)) {
      const { name } = negative.breaks!;
      const strip = (request: RequestCase) => ({
        path: Object.fromEntries(Object.entries(request.path).filter(([key]) => key !== name)),
        query: request.query.filter(([key]) => key !== name),
        headers: Object.fromEntries(Object.entries(request.headers).filter(([key]) => key !== name)),
        form: (request.form ?? []).filter(([key]) => key !== name),
      });
      expect(strip(negative)).toEqual(strip(base));
    }
  });
});

describe('invalidCases values', () => {
  it('Chat create: missing and empty Identity, abc index, non-JSON attributes, bad dates, maybe header', async () => {
    const cases = invalidCases(await operation('chat_v2', 'CreateMember'), baseOf(await operation('chat_v2', 'CreateMember')));
    expect(valueOf(find(cases, 'required', 'Identity')[0]!, 'Identity')).toBeUndefined();
    expect(valueOf(find(cases, 'empty', 'Identity')[0]!, 'Identity')).toBe('');
    expect(valueOf(find(cases, 'type', 'LastConsumedMessageIndex')[0]!, 'LastConsumedMessageIndex')).toBe('abc');
    expect(valueOf(find(cases, 'json', 'Attributes')[0]!, 'Attributes')).toBe('{not json');
    expect(find(cases, 'date-time', 'DateCreated').map((c) => valueOf(c, 'DateCreated'))).toEqual([
      'not a date', '2016-02-30T21:05:50Z', '2016-03-24T21:05:50',
    ]);
    expect(find(cases, 'enum', 'X-Twilio-Webhook-Enabled').map((c) => c.headers['X-Twilio-Webhook-Enabled'])).toEqual(['maybe', 'TRUE']);
    const role = find(cases, 'pattern', 'RoleSid')[0]!;
    expect(valueOf(role, 'RoleSid')).toMatch(/^ZL[0-9a-fA-F]{32}$/u);
    expect(role.breaks!.description).toBe('RoleSid does not match ^RL[0-9a-fA-F]{32}$');
  });

  it('Conversations create: Identity of 257 code points grown from the case own identity; neither alternative given', async () => {
    const op = await operation('conversations_v1', 'CreateServiceConversationParticipant');
    const base: RequestCase = { operation: op, path: FIXTURES.conversations_v1!, query: [], headers: {}, form: [['Identity', '😀 alice'], ['Attributes', '{}']] };
    const cases = invalidCases(op, base);
    const long = valueOf(find(cases, 'maxLength', 'Identity')[0]!, 'Identity')!;
    expect([...long].length).toBe(257);
    expect(long.startsWith('😀 alice')).toBe(true);
    expect(find(cases, 'required', '')[0]!.form).toEqual([['Attributes', '{}']]);
    expect(find(cases, 'required', '')[0]!.breaks!.description).toBe('none of Identity, MessagingBinding.Address is given');
    expect(find(cases, 'empty', '')[0]!.form).toEqual([['Attributes', '{}'], ['Identity', ''], ['MessagingBinding.Address', '']]);
  });

  it('Proxy create: FriendlyName of 256 code points; list PageSize 0 and max + 1', async () => {
    const create = await operation('proxy_v1', 'CreateParticipant');
    const tooLong = find(invalidCases(create, baseOf(create)), 'maxLength', 'FriendlyName')[0]!;
    expect([...valueOf(tooLong, 'FriendlyName')!].length).toBe(256);
    expect(tooLong.breaks!.description).toBe('FriendlyName has 256 characters, more than 255');
    const list = await operation('conversations_v1', 'ListServiceConversationParticipant');
    expect(find(invalidCases(list, baseOf(list)), 'range', 'PageSize').map((c) => valueOf(c, 'PageSize'))).toEqual(['0', '101']);
  });
});

describe('invalidCases drops what is valid once sent', () => {
  const only = (mutate: Mutation): Mutation[] => [mutate];

  it('drops a header value that HTTP trims back to a valid one', async () => {
    const op = await operation('chat_v2', 'DeleteMember');
    const spaced: Mutation = (base) => [{ ...base, headers: { 'X-Twilio-Webhook-Enabled': ' true ' }, breaks: { rule: 'enum', location: 'header', name: 'X-Twilio-Webhook-Enabled', description: 'padded' } }];
    const unpadded: Mutation = (base) => [{ ...base, headers: { 'X-Twilio-Webhook-Enabled': 'truE' }, breaks: { rule: 'enum', location: 'header', name: 'X-Twilio-Webhook-Enabled', description: 'case' } }];
    expect(invalidCases(op, baseOf(op), only(spaced))).toEqual([]);
    expect(invalidCases(op, baseOf(op), [spaced, unpadded]).map((c) => c.breaks!.description)).toEqual(['case']);
  });

  it('drops an empty MessagingBinding.Address when Identity already satisfies the anyOf', async () => {
    const op = await operation('conversations_v1', 'CreateServiceConversationParticipant');
    const base: RequestCase = { operation: op, path: FIXTURES.conversations_v1!, query: [], headers: {}, form: [['Identity', 'alice']] };
    const emptyAddress: Mutation = (b) => [{ ...b, form: [...b.form!, ['MessagingBinding.Address', '']], breaks: { rule: 'empty', location: 'body', name: 'MessagingBinding.Address', description: 'x' } }];
    expect(invalidCases(op, base, only(emptyAddress))).toEqual([]);
  });

  it('drops a case whose only issue is at another parameter than the one it names', async () => {
    const op = await operation('chat_v2', 'CreateMember');
    const mislabelled: Mutation = (base) => [{ ...base, form: [['Identity', '']], breaks: { rule: 'empty', location: 'body', name: 'RoleSid', description: 'x' } }];
    expect(invalidCases(op, baseOf(op), only(mislabelled))).toEqual([]);
  });
});

describe('a new spec gets its negative cases for free', () => {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/widgets.yaml');

  it('derives every mutation from the schemas, dropping an "invalid" enum value the enum allows', async () => {
    const [create] = (await loadSpecFile(file)).operations;
    const base = fc.sample(validCase(create!, { ShopId: 'SH0001' }), { seed: 9, numRuns: 1 })[0]!;
    expect(validateRequest(create!, toWireRequest(base))).toEqual([]);
    const cases = invalidCases(create!, base);
    expect(labels(cases)).toEqual([
      'empty body Code', 'empty body Name', 'enum body Color', 'enum header X-Mode', 'json body Meta',
      'maxLength body Name', 'pattern body Code', 'pattern path ShopId', 'range body Count', 'range body Weight',
      'required body Count', 'required body Name', 'required header X-Mode', 'type body Count', 'type body Weight', 'type query DryRun',
      ...DATES('MadeAt'),
    ].sort());
    expect(find(cases, 'enum', 'X-Mode').map((c) => c.headers['X-Mode'])).toEqual(['FAST']);
    expect(find(cases, 'range', 'Count').map((c) => valueOf(c, 'Count'))).toEqual(['0', '6']);
    expect(find(cases, 'range', 'Weight').map((c) => valueOf(c, 'Weight'))).toEqual(['0']);
    expect(valueOf(find(cases, 'pattern', 'ShopId')[0]!, 'ShopId')).toBe('ZH0001');
    expect([...valueOf(find(cases, 'maxLength', 'Name')[0]!, 'Name')!].length).toBe(11);
  });

  it('lists the mutations by name', () => {
    expect(Object.keys(MUTATIONS)).toEqual([
      'missingRequired', 'emptyString', 'wrongPattern', 'wrongType', 'outOfRange', 'tooLong', 'invalidJson', 'invalidDateTime', 'badEnum', 'anyOfUnsatisfied',
    ]);
  });
});
