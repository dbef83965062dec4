// A `…Sid` parameter documented only as a string is sent as a SID (src/generate/pairsArbitrary.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairsArbitrary } from '../../src/generate/pairsArbitrary.js';

const OPTIONS = { maxStringLength: 40, kind: 'text' as const };
const values = (name: string, schema: Record<string, unknown>) =>
  fc.sample(pairsArbitrary([{ name, schema, required: true }], OPTIONS), { seed: 7, numRuns: 50 }).map((pairs) => pairs[0]![1]);

describe('…Sid parameters with no pattern', () => {
  it('are sent as SIDs: two capitals and 32 hex digits (trusthub ObjectSid: a 34-character string)', () => {
    const sent = values('ObjectSid', { type: 'string', minLength: 34, maxLength: 34 });
    expect(sent.filter((value) => !/^[A-Z]{2}[0-9a-f]{32}$/u.test(value))).toEqual([]);
  });

  it("are sent as SIDs where the pattern lets the prefix be any letters (trusthub's ObjectSid)", () => {
    const sent = values('ObjectSid', { type: 'string', minLength: 34, maxLength: 34, pattern: '^[a-zA-Z]{2}[0-9a-fA-F]{32}$' });
    expect(sent.filter((value) => !/^[A-Z]{2}[0-9a-f]{32}$/u.test(value))).toEqual([]);
  });

  it('keep their own pattern where they document one, and other names stay free text', () => {
    expect(values('RoleSid', { type: 'string', pattern: '^RL[0-9a-fA-F]{32}$' }).every((value) => value.startsWith('RL'))).toBe(true);
    expect(values('Identity', { type: 'string', minLength: 34, maxLength: 34 }).some((value) => !/^[A-Z]{2}[0-9a-f]{32}$/u.test(value))).toBe(true);
    expect(values('ShortSid', { type: 'string', maxLength: 10 }).some((value) => !/^[A-Z]{2}[0-9a-f]{32}$/u.test(value))).toBe(true);
  });
});
