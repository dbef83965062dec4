import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidCases } from '../../src/generate/invalidCases.js';
import { toWireRequest } from '../../src/generate/toWireRequest.js';
import { validCase } from '../../src/generate/validCase.js';
import { validateRequest } from '../../src/spec/validateRequest.js';
import { FIXTURES, IDS, operation } from './projectSpecs.js';

// #11 point 3: a negative update case carries a valid value for every other parameter it documents,
// so that a target that applies the valid part of a refused update is seen doing it.
const UPDATES = [
  ['chat_v2', 'UpdateMember'],
  ['conversations_v1', 'UpdateServiceConversationParticipant'],
] as const;

describe('validCase with everyBodyField', () => {
  it.each(UPDATES)('%s %s: every body property, every value valid', async (specId, operationId) => {
    const op = await operation(specId, operationId);
    const documented = Object.keys((op.requestBody!.schema as { properties: object }).properties).sort();
    for (const request of fc.sample(validCase(op, FIXTURES[specId]!, { ids: IDS[specId]!, everyBodyField: true }), { seed: 11, numRuns: 50 })) {
      expect([...new Set(request.form!.map(([name]) => name))].sort()).toEqual(documented);
      expect(validateRequest(op, toWireRequest(request))).toEqual([]);
    }
  });

  it.each(UPDATES)('%s %s: each negative case breaks one parameter and keeps every other one', async (specId, operationId) => {
    const op = await operation(specId, operationId);
    const [base] = fc.sample(validCase(op, FIXTURES[specId]!, { ids: IDS[specId]!, everyBodyField: true }), { seed: 15, numRuns: 1 });
    const bodyCases = invalidCases(op, base!).filter((c) => c.breaks!.location === 'body');
    expect(bodyCases.length).toBeGreaterThan(3);
    for (const broken of bodyCases) {
      const others = broken.form!.filter(([name]) => name !== broken.breaks!.name);
      expect(others).toEqual(base!.form!.filter(([name]) => name !== broken.breaks!.name));
      expect(others.length).toBeGreaterThanOrEqual(base!.form!.length - 1);
    }
  });
});
