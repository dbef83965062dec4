import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireRequest } from '../../src/generate/toWireRequest.js';
import type { RequestCase } from '../../src/generate/types.js';
import { uniqueTag } from '../../src/generate/uniqueTag.js';
import { validCase } from '../../src/generate/validCase.js';
import { validateRequest } from '../../src/spec/validateRequest.js';
import { FIXTURES, IDS, operation, projectSpecs } from './projectSpecs.js';

const SEED = 20240601;
const index = await projectSpecs();
const casesOf = (specId: string, operationId: string, numRuns = 400, options = {}): RequestCase[] => {
  const op = index.operations.find((candidate) => candidate.specId === specId && candidate.operationId === operationId)!;
  return fc.sample(validCase(op, FIXTURES[specId]!, { ids: IDS[specId]!, ...options }), { seed: SEED, numRuns });
};
const formValue = (request: RequestCase, name: string): string | undefined => request.form?.find(([key]) => key === name)?.[1];
const codePoints = (text: string): number => [...text].length;

describe('validCase passes validateRequest', () => {
  it.each(index.operations.map((op) => [`${op.specId} ${op.operationId}`, op] as const))('%s', (_name, op) => {
    fc.assert(
      fc.property(validCase(op, FIXTURES[op.specId]!, { ids: IDS[op.specId]!, unique: uniqueTag('t') }), (request) => {
        expect(validateRequest(op, toWireRequest(request))).toEqual([]);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });
});

describe('validCase path parameters', () => {
  it('takes the parents from the fixtures and the instance from ids', async () => {
    const [request] = casesOf('proxy_v1', 'FetchParticipant', 1);
    expect(request!.path).toEqual({ ...FIXTURES.proxy_v1, Sid: IDS.proxy_v1!.Sid });
    expect(request!.form).toBeUndefined();
  });

  it('refuses to make up an instance id', async () => {
    const fetch = await operation('chat_v2', 'FetchMember');
    expect(() => validCase(fetch, FIXTURES.chat_v2!)).toThrow(
      'GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}: no value for path parameter Sid (give it in the fixtures, or as ids.Sid)',
    );
  });
});

describe('validCase values', () => {
  const identities = casesOf('chat_v2', 'CreateMember', 600).map((request) => formValue(request, 'Identity')!);

  it('sends hostile but valid identities: reserved characters, spaces, emoji, other scripts', () => {
    for (const char of ['/', '?', '#', '%', '&', '+', '=', ' ']) {
      expect(identities.some((identity) => identity.includes(char))).toBe(true);
    }
    expect(identities.some((identity) => [...identity].some((c) => c.codePointAt(0)! > 0xffff))).toBe(true);
    expect(identities.some((identity) => /[^\u0000-\u007f]/u.test(identity))).toBe(true);
    expect(identities.every((identity) => codePoints(identity) >= 1)).toBe(true);
  });

  it('sends long values up to maxLength (in code points) and never past it', () => {
    const conversations = casesOf('conversations_v1', 'CreateServiceConversationParticipant', 600).map((r) => formValue(r, 'Identity'));
    const lengths = conversations.filter((identity) => identity !== undefined).map((identity) => codePoints(identity!));
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(256);
    const names = casesOf('proxy_v1', 'CreateParticipant', 600).map((r) => formValue(r, 'FriendlyName'));
    const nameLengths = names.filter((name) => name !== undefined).map((name) => codePoints(name!));
    expect(Math.max(...nameLengths)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...nameLengths)).toBeLessThanOrEqual(255);
  });

  it('sends RFC 3339 date-times in 1970–9999, with and without fractions and offsets', () => {
    const dates = casesOf('chat_v2', 'UpdateMember', 600).map((r) => formValue(r, 'DateUpdated')).filter((d) => d !== undefined) as string[];
    const rfc3339 = /^(\d{4})-\d\d-\d\dT\d\d:\d\d:([0-5]\d)(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/u;
    for (const date of dates) {
      const match = rfc3339.exec(date);
      expect(match, date).not.toBeNull();
      expect(Number(match![1])).toBeGreaterThanOrEqual(1970);
      const instant = new Date(Date.parse(date));
      expect(instant.getUTCFullYear()).toBeGreaterThanOrEqual(1970);
      expect(instant.getUTCFullYear()).toBeLessThanOrEqual(9999);
    }
    expect(dates.some((date) => date.endsWith('Z'))).toBe(true);
    expect(dates.some((date) => /[+-]\d\d:\d\d$/u.test(date))).toBe(true);
    expect(dates.some((date) => date.includes('.'))).toBe(true);
  });

  it('sends JSON documents as Attributes and null ("") or integers as LastConsumedMessageIndex', () => {
    const cases = casesOf('chat_v2', 'UpdateMember', 400);
    const attributes = cases.map((r) => formValue(r, 'Attributes')).filter((a) => a !== undefined) as string[];
    expect(attributes.length).toBeGreaterThan(100);
    for (const text of attributes) expect(() => JSON.parse(text)).not.toThrow();
    const indexes = cases.map((r) => formValue(r, 'LastConsumedMessageIndex')).filter((i) => i !== undefined) as string[];
    expect(indexes).toContain('');
    expect(indexes.filter((i) => i !== '').every((i) => /^\d+$/u.test(i))).toBe(true);
  });

  it('sends PageSize within its range and the webhook header as true or false, or neither', () => {
    const sizes = casesOf('conversations_v1', 'ListServiceConversationParticipant', 300)
      .flatMap((r) => r.query.filter(([name]) => name === 'PageSize').map(([, value]) => Number(value)));
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes.every((size) => Number.isInteger(size) && size >= 1 && size <= 100)).toBe(true);
    const headers = casesOf('chat_v2', 'DeleteMember', 100).map((r) => r.headers['X-Twilio-Webhook-Enabled']);
    expect(new Set(headers)).toEqual(new Set(['true', 'false', undefined]));
  });

  it('leaves out Page and PageToken by default, and whatever `omit` names', () => {
    const names = (cases: RequestCase[]) => new Set(cases.flatMap((r) => r.query.map(([name]) => name)));
    expect(names(casesOf('chat_v2', 'ListMember', 200))).toEqual(new Set(['Identity', 'PageSize']));
    expect(names(casesOf('chat_v2', 'ListMember', 200, { omit: ['Identity'] }))).toEqual(new Set(['PageSize', 'Page', 'PageToken']));
  });
});

describe('validCase bodies', () => {
  it('tries every combination of optional properties', () => {
    const combos = new Set(casesOf('proxy_v1', 'CreateParticipant', 300).map((r) => r.form!.map(([name]) => name).join(',')));
    expect(combos.size).toBe(8);
    for (const combo of combos) expect(combo.startsWith('Identifier')).toBe(true);
  });

  it('satisfies the Conversations anyOf: a non-empty Identity or MessagingBinding.Address, both ways', () => {
    const cases = casesOf('conversations_v1', 'CreateServiceConversationParticipant', 400);
    for (const request of cases) {
      const identity = formValue(request, 'Identity');
      const address = formValue(request, 'MessagingBinding.Address');
      expect((identity ?? '') !== '' || (address ?? '') !== '').toBe(true);
    }
    expect(cases.some((r) => formValue(r, 'Identity') === undefined)).toBe(true);
    expect(cases.some((r) => formValue(r, 'MessagingBinding.Address') === undefined)).toBe(true);
  });

  it('tags identities with `unique`, within maxLength, so that no two creates collide', () => {
    const cases = casesOf('conversations_v1', 'CreateServiceConversationParticipant', 400, { unique: uniqueTag('run1') });
    const identities = cases.map((r) => formValue(r, 'Identity')).filter((i) => i !== undefined) as string[];
    expect(identities.every((identity) => /~run1\.[0-9a-z]+$/u.test(identity))).toBe(true);
    expect(identities.every((identity) => codePoints(identity) <= 256)).toBe(true);
    expect(new Set(identities).size).toBe(identities.length);
    const addresses = cases.map((r) => formValue(r, 'MessagingBinding.Address')).filter((a) => a !== undefined) as string[];
    expect(addresses.every((address) => address.includes('~run1.'))).toBe(true);
  });

  it('tags only what uniqueNames says when given', () => {
    const cases = casesOf('proxy_v1', 'CreateParticipant', 100, { unique: () => '~u', uniqueNames: ['FriendlyName'] });
    const names = cases.map((r) => formValue(r, 'FriendlyName')).filter((name) => name !== undefined) as string[];
    expect(names.length).toBeGreaterThan(20);
    expect(names.every((name) => name.endsWith('~u') && codePoints(name) <= 255)).toBe(true);
    expect(cases.filter((r) => formValue(r, 'Identifier')!.endsWith('~u'))).toEqual([]);
  });
});
