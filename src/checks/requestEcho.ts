import { compileSchema, type Validate } from '../spec/compileSchema.js';
import { decodeWireValue, schemaTypes } from '../spec/decodeWireValue.js';
import type { JsonSchema } from '../spec/types.js';
import { snakeCase } from '../spec/snakeCase.js';
import { documentedField, documentedFields } from './echoedFields.js';
import { MISSING, fieldValue } from './fieldValue.js';
import { all, hasJsonObject, inScenario, ofKind, succeeded } from './guards.js';
import { sameValue } from './sameValue.js';
import type { ExchangeCheck, Failure } from './types.js';

export { echoedParameters } from './echoedFields.js';

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const stringRules = new WeakMap<object, Validate>();

/** A string field's own format and pattern (a Verify webhook's `webhook_url` is a `uri`; its parameter any text). */
function breaksStringRules(field: Record<string, unknown>, decoded: unknown): boolean {
  if (typeof decoded !== 'string' || (field.format === undefined && field.pattern === undefined)) return false;
  let validate = stringRules.get(field);
  if (!validate) stringRules.set(field, (validate = compileSchema({ type: 'string', ...(field.format === undefined ? {} : { format: field.format }), ...(field.pattern === undefined ? {} : { pattern: field.pattern }) })));
  return validate(decoded).length > 0;
}

/**
 * A value the response field's schema cannot hold (its enum leaves it out, its type is another: a
 * Build's Dependencies sent as text and documented back as an array; its format or pattern refuses it:
 * any text sent where the field is a `uri`): the description contradicts itself; no verdict.
 */
function unholdable(field: JsonSchema | undefined, sent: string): boolean {
  if (typeof field !== 'object') return false;
  const decoded = decodeWireValue(field, sent);
  if (Array.isArray(field.enum) && !field.enum.includes(decoded)) return true;
  if (breaksStringRules(field, decoded)) return true;
  const types = schemaTypes(field);
  const type = jsonType(decoded);
  return types.length > 0 && !types.includes(type) && !(type === 'integer' && types.includes('number'));
}

/** A parameter sent as one text whose field is documented as an array (a Build's `Dependencies`): no reading of one makes the other. */
const textToArray = (request: JsonSchema | undefined, field: JsonSchema | undefined): boolean =>
  field !== undefined && schemaTypes(field).includes('array') && !schemaTypes(field).includes('string') && !schemaTypes(request ?? {}).includes('array');

/**
 * Whether the field holds what was sent: as the parameter's schema reads it (dates, JSON, numbers), or
 * as the response documents the field (Sandbox `true` shown as the string "true"), or, where the
 * description stops documenting (inside a free-form object), as the same text. An array, item by item.
 */
function echoes(request: JsonSchema, field: JsonSchema | undefined, sent: readonly string[], received: unknown): boolean {
  if (schemaTypes(request).includes('array')) {
    const items = (typeof request === 'object' ? request.items : undefined) as JsonSchema | undefined;
    return Array.isArray(received) && received.length === sent.length && sent.every((value, i) => echoes(items ?? {}, undefined, [value], received[i]));
  }
  const value = sent[sent.length - 1]!;
  if (sameValue(request, value, received)) return true;
  if (field === undefined) return (typeof received === 'string' || typeof received === 'number' || typeof received === 'boolean') && String(received) === value;
  return sameValue(field, value, received);
}

/**
 * Every parameter sent on create or update comes back in its field (`FooBar` → `foo_bar`, dots nest),
 * where the response documents that field (a Credential's `Secret` has none: it is never echoed).
 */
export const requestEcho: ExchangeCheck = {
  id: 'request_echo',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), ofKind('create', 'update'), succeeded, hasJsonObject),
  run(ctx, exchange) {
    const body = exchange.response.json as Record<string, unknown>;
    const properties = ((ctx.operation.requestBody?.schema as Record<string, any> | undefined)?.properties ?? {}) as Record<string, JsonSchema>;
    const documented = documentedFields(ctx.operation);
    const sent = new Map<string, string[]>();
    for (const [name, value] of ctx.case.form ?? []) sent.set(name, [...(sent.get(name) ?? []), value]);
    const failures: Failure[] = [];
    for (const [name, values] of sent) {
      const field = snakeCase(name);
      if (!documented.has(field.split('.')[0]!)) continue; // not a documented echo
      const received = fieldValue(body, field);
      if (received === MISSING && !(field.split('.')[0]! in body)) continue; // response_schema says what a body must hold
      const schema = documentedField(ctx.operation, field);
      if (textToArray(properties[name], schema) || values.some((value) => unholdable(schema, value))) continue;
      if (echoes(properties[name] ?? {}, schema, values, received)) continue;
      const shown = values.length === 1 ? JSON.stringify(values[0]) : values.map((value) => JSON.stringify(value)).join(',');
      failures.push({
        check: 'request_echo',
        kind: 'not_echoed',
        pointer: `/${field.replace(/\./gu, '/')}`,
        message: `sent ${name}=${shown}, but ${field} is ${received === MISSING ? 'missing' : JSON.stringify(received)}`,
      });
    }
    return failures;
  },
};
