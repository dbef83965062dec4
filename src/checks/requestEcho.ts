import type { JsonSchema, Operation } from '../spec/types.js';
import { MISSING, fieldValue } from './fieldValue.js';
import { all, hasJsonObject, inScenario, ofKind, succeeded } from './guards.js';
import { sameValue } from './sameValue.js';
import { snakeCase } from '../spec/snakeCase.js';
import type { ExchangeCheck, Failure } from './types.js';

const documentedOnce = new WeakMap<Operation, Set<string>>();

/** The top-level fields the operation's success responses document. */
function documentedFields(operation: Operation): Set<string> {
  let fields = documentedOnce.get(operation);
  if (!fields) {
    const success = operation.responses.filter((r) => /^2\d\d$/u.test(r.status));
    fields = new Set(success.flatMap((r) => Object.keys((r.schema as { properties?: object } | undefined)?.properties ?? {})));
    documentedOnce.set(operation, fields);
  }
  return fields;
}

/** The body parameters of a create or update whose field its response documents: the ones echoed. */
export const echoedParameters = (operation: Operation): string[] =>
  Object.keys((operation.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {}).filter((name) =>
    documentedFields(operation).has(snakeCase(name).split('.')[0]!),
  );

/**
 * Every parameter sent on create or update comes back in its field (`FooBar` → `foo_bar`, dots nest),
 * where the response documents that field (a Credential's `Secret` has none: it is never echoed).
 */
export const requestEcho: ExchangeCheck = {
  id: 'request_echo',
  appliesTo: all(inScenario('positive'), ofKind('create', 'update'), succeeded, hasJsonObject),
  run(ctx, exchange) {
    const body = exchange.response.json as Record<string, unknown>;
    const properties = ((ctx.operation.requestBody?.schema as Record<string, any> | undefined)?.properties ?? {}) as Record<string, JsonSchema>;
    const documented = documentedFields(ctx.operation);
    const failures: Failure[] = [];
    for (const [name, sent] of ctx.case.form ?? []) {
      const field = snakeCase(name);
      if (!documented.has(field.split('.')[0]!)) continue; // not a documented echo
      const received = fieldValue(body, field);
      if (received === MISSING && !(field.split('.')[0]! in body)) continue; // response_schema says what a body must hold
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
