import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidCases } from '../../src/generate/invalidCases.js';
import { validCase } from '../../src/generate/validCase.js';
import { uniqueTag } from '../../src/generate/uniqueTag.js';
import { FIXTURES, projectSpecs } from './projectSpecs.js';

const index = await projectSpecs();

describe('the same seed gives the same cases', () => {
  it.each(index.operations.filter((op) => op.kind === 'create').map((op) => [op.operationId, op] as const))('%s', (_name, op) => {
    const sample = (seed: number) =>
      fc.sample(validCase(op, FIXTURES[op.specId]!, { unique: uniqueTag('same') }), { seed, numRuns: 40 });
    const first = sample(1234);
    expect(sample(1234)).toEqual(first);
    expect(sample(1235)).not.toEqual(first);
    expect(invalidCases(op, first[0]!)).toEqual(invalidCases(op, sample(1234)[0]!));
  });
});
