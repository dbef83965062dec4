// Every valid case generated for Twilio's own core files is valid once sent: the request validator
// accepts its wire form. (A required array sent with no item sends nothing, which reads as missing:
// chat_v2 CreateRole's Permission.)
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireRequest } from '../../src/generate/toWireRequest.js';
import { uniqueTag } from '../../src/generate/uniqueTag.js';
import { validCase } from '../../src/generate/validCase.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { Parameter } from '../../src/spec/types.js';
import { validateRequest } from '../../src/spec/validateRequest.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const files = ['chat_v2', 'conversations_v1', 'proxy_v1'].map((name) => path.join(TWILIO_OAI, `twilio_${name}.json`));
const index = hasTwilioOai ? await loadSpecs(files) : { operations: [] };
/** Every path parameter gets a value its schema takes: a SID of the prefix its pattern names, or a plain word. */
const pathValues = (params: Parameter[]) =>
  Object.fromEntries(
    params.map((param) => {
      const prefix = /^\^([A-Z]{2})\[0-9a-fA-F\]\{32\}\$$/u.exec(String((param.schema as { pattern?: string }).pattern))?.[1];
      return [param.name, prefix ? `${prefix}${'0'.repeat(32)}` : 'general'];
    }),
  );

describe.skipIf(!hasTwilioOai)("validCase on Twilio's chat_v2, conversations_v1 and proxy_v1 files", () => {
  it.each(index.operations.map((op) => [`${op.specId} ${op.operationId}`, op] as const))('%s passes validateRequest', (_name, op) => {
    const fixtures = pathValues(op.parameters.path);
    fc.assert(
      fc.property(validCase(op, fixtures, { unique: uniqueTag('t') }), (request) => {
        expect(validateRequest(op, toWireRequest(request))).toEqual([]);
      }),
      { seed: 15, numRuns: 40 },
    );
  });

  it('a required array has an item on the wire', () => {
    const create = index.operations.find((op) => op.specId === 'chat_v2' && op.operationId === 'CreateRole')!;
    const cases = fc.sample(validCase(create, pathValues(create.parameters.path), { unique: uniqueTag('t') }), { seed: 15, numRuns: 50 });
    expect(cases.every((c) => (c.form ?? []).some(([name]) => name === 'Permission'))).toBe(true);
  });
});
