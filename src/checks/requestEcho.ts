import type { JsonSchema } from '../spec/types.js';
import { MISSING, fieldValue } from './fieldValue.js';
import { all, hasJsonObject, inScenario, ofKind, succeeded } from './guards.js';
import { sameValue } from './sameValue.js';
import { snakeCase } from '../spec/snakeCase.js';
import type { ExchangeCheck, Failure } from './types.js';

/** Every parameter sent on create or update comes back in its field (`FooBar` → `foo_bar`, dots nest). */
export const requestEcho: ExchangeCheck = {
  id: 'request_echo',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), ofKind('create', 'update'), succeeded, hasJsonObject),
  run(ctx, exchange) {
    const body = exchange.response.json as Record<string, unknown>;
    const properties = ((ctx.operation.requestBody?.schema as Record<string, any> | undefined)?.properties ?? {}) as Record<string, JsonSchema>;
    const failures: Failure[] = [];
    for (const [name, sent] of ctx.case.form ?? []) {
      const field = snakeCase(name);
      const received = fieldValue(body, field);
      if (received === MISSING && !(field.split('.')[0]! in body)) continue; // not a documented echo
      if (!sameValue(properties[name] ?? {}, sent, received)) {
        failures.push({
          check: 'request_echo',
          kind: 'not_echoed',
          pointer: `/${field.replace(/\./gu, '/')}`,
          message: `sent ${name}=${JSON.stringify(sent)}, but ${field} is ${received === MISSING ? 'missing' : JSON.stringify(received)}`,
        });
      }
    }
    return failures;
  },
};
