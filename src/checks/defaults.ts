import { resourceRules, type DefaultExpectation } from '../spec/resourceRules.js';
import { all, hasJsonObject, inScenario, ofKind, succeeded } from './guards.js';
import { ANY_SID } from '../spec/sids.js';
import type { ExchangeCheck, Failure } from './types.js';

function meets(expect: DefaultExpectation, value: unknown): boolean {
  if ('equals' in expect) return Object.is(value, expect.equals);
  if ('sidPrefix' in expect) return typeof value === 'string' && ANY_SID.test(value) && value.startsWith(expect.sidPrefix);
  return value !== null && value !== undefined;
}

const describeExpectation = (expect: DefaultExpectation): string =>
  'equals' in expect ? JSON.stringify(expect.equals) : 'sidPrefix' in expect ? `a ${expect.sidPrefix} SID` : 'not null';

/** A create that leaves a parameter out gets the documented default in its field. */
export const defaults: ExchangeCheck = {
  id: 'defaults',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), ofKind('create'), succeeded, hasJsonObject),
  run(ctx, exchange) {
    const body = exchange.response.json as Record<string, unknown>;
    const sent = new Set((ctx.case.form ?? []).map(([name]) => name));
    const failures: Failure[] = [];
    for (const rule of resourceRules(ctx.resource.listPath).defaults) {
      if (sent.has(rule.unlessSent) || !(rule.field in body)) continue;
      if (!meets(rule.expect, body[rule.field])) {
        failures.push({
          check: 'defaults',
          kind: 'wrong_default',
          pointer: `/${rule.field}`,
          message: `without ${rule.unlessSent}, ${rule.field} must be ${describeExpectation(rule.expect)}; got ${JSON.stringify(body[rule.field])}`,
        });
      }
    }
    return failures;
  },
};
