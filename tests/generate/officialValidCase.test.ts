// Every valid case generated for Twilio's own files is valid once sent: the request validator accepts
// its wire form. (A required array sent with no item sends nothing, which reads as missing: chat_v2
// CreateRole's Permission; Twilio's own formats, such as iso-country-code; a nullable string enum,
// whose empty value reads as "", not null.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireRequest } from '../../src/generate/toWireRequest.js';
import { uniqueTag } from '../../src/generate/uniqueTag.js';
import { validCase } from '../../src/generate/validCase.js';
import { wireValue } from '../../src/generate/wireValue.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { Operation } from '../../src/spec/types.js';
import { validateRequest } from '../../src/spec/validateRequest.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

const index = hasTwilioOai ? await loadSpecs(TWILIO_OAI) : { operations: [] as Operation[] };
/** Every path parameter gets a value its schema takes (a SID of its pattern, a country code, …). */
const pathValues = (op: Operation): Record<string, string> =>
  Object.fromEntries(op.parameters.path.map((param) => [param.name, String(fc.sample(wireValue(param.schema, { maxStringLength: 20, kind: 'text' }), { seed: 15, numRuns: 1 })[0])]));
const CORE = ['chat_v2', 'conversations_v1', 'proxy_v1'];
/** Cases are form bodies; an operation whose body is JSON is left out by the run, with the reason (tests/run/parents.test.ts). */
const FORM = 'application/x-www-form-urlencoded';
const formOrNoBody = index.operations.filter((op) => op.requestBody === undefined || op.requestBody.mediaType === FORM);

describe.skipIf(!hasTwilioOai)("validCase on all of Twilio's files", () => {
  it('leaves out only the operations whose body is JSON', () => {
    expect(hasTwilioOai ? index.operations.length - formOrNoBody.length : 51).toBe(51);
  });

  it.each(formOrNoBody.map((op) => [`${op.specId} ${op.operationId}`, op] as const))('%s passes validateRequest', (_name, op) => {
    fc.assert(
      fc.property(validCase(op, pathValues(op), { unique: uniqueTag('t') }), (request) => {
        expect(validateRequest(op, toWireRequest(request))).toEqual([]);
      }),
      { seed: 15, numRuns: CORE.includes(op.specId) ? 40 : 8 },
    );
  });

  it('a required array has an item on the wire', () => {
    const create = index.operations.find((op) => op.specId === 'chat_v2' && op.operationId === 'CreateRole')!;
    const cases = fc.sample(validCase(create, pathValues(create), { unique: uniqueTag('t') }), { seed: 15, numRuns: 50 });
    expect(cases.every((c) => (c.form ?? []).some(([name]) => name === 'Permission'))).toBe(true);
  });
});
