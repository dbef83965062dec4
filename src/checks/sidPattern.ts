import { all, inScenario, succeeded } from './guards.js';
import { representations } from './representations.js';
import { ANY_SID, isSidField, prefixOfPattern } from '../spec/sids.js';
import type { CheckContext, ExchangeCheck, Failure } from './types.js';

/** The documented properties of one representation (the instance schema, or the list's item schema). */
function propertySchemas(ctx: CheckContext, status: number): Record<string, { pattern?: unknown }> {
  const response = ctx.operation.responses.find((r) => r.status === String(status));
  const schema = response?.schema as Record<string, any> | undefined;
  const item = ctx.operation.kind === 'list' ? schema?.properties?.[ctx.resource.listKey ?? '']?.items : schema;
  return (item?.properties ?? {}) as Record<string, { pattern?: unknown }>;
}

/** `sid` and every `*_sid` holds null or a SID of its documented prefix; `sid` has the resource's own. */
export const sidPattern: ExchangeCheck = {
  id: 'sid_pattern',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), succeeded),
  run(ctx, exchange) {
    const documented = propertySchemas(ctx, exchange.response.status);
    const failures: Failure[] = [];
    for (const { pointer, value } of representations(ctx, exchange)) {
      for (const [field, sid] of Object.entries(value)) {
        if (!isSidField(field) || sid === null) continue;
        const prefix = field === 'sid' ? ctx.resource.sidPrefix : prefixOfPattern(documented[field]?.pattern);
        const ok = typeof sid === 'string' && ANY_SID.test(sid) && (prefix === undefined || sid.startsWith(prefix));
        if (!ok) {
          failures.push({
            check: 'sid_pattern',
            kind: 'bad_sid',
            pointer: `${pointer}/${field}`,
            message: `${pointer}/${field} is ${JSON.stringify(sid)}; expected null or ${prefix ?? 'XX'} followed by 32 hex digits`,
          });
        }
      }
    }
    return failures;
  },
};
