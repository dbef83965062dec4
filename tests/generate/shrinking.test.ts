import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestCase } from '../../src/generate/types.js';
import { validCase } from '../../src/generate/validCase.js';
import { FIXTURES, operation } from './projectSpecs.js';

const formValue = (request: RequestCase, name: string): string | undefined => request.form?.find(([key]) => key === name)?.[1];

describe('validCase shrinks to a minimal counterexample', () => {
  it('an identity containing "/" shrinks to a short identity and no optional property', async () => {
    const create = await operation('chat_v2', 'CreateMember');
    const result = fc.check(
      fc.property(validCase(create, FIXTURES.chat_v2!), (request) => !formValue(request, 'Identity')!.includes('/')),
      { seed: 42, numRuns: 500 },
    );
    expect(result.failed).toBe(true);
    const [counterexample] = result.counterexample!;
    const identity = formValue(counterexample, 'Identity')!;
    expect(identity).toContain('/');
    expect([...identity].length).toBeLessThanOrEqual(3);
    expect(counterexample.form!.map(([name]) => name)).toEqual(['Identity']);
    expect(counterexample.headers).toEqual({});
  });

  it('a date-time before 2000 shrinks to the earliest date-time generated, with no fraction and Z', async () => {
    const update = await operation('chat_v2', 'UpdateMember');
    const result = fc.check(
      fc.property(validCase(update, FIXTURES.chat_v2!, { ids: { Sid: 'MB1' } }), (request) => {
        const date = formValue(request, 'DateCreated');
        return date === undefined || Date.parse(date) >= Date.UTC(2000, 0, 1);
      }),
      { seed: 7, numRuns: 500 },
    );
    expect(result.failed).toBe(true);
    const [counterexample] = result.counterexample!;
    expect(counterexample.form).toEqual([['DateCreated', '1970-01-02T00:00:00Z']]);
  });
});
