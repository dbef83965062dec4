import { schemaTypes } from '../../spec/decodeWireValue.js';
import { snakeCase } from '../../spec/snakeCase.js';
import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from '../model/successResponse.js';
import type { Fields } from '../types.js';
import { responseValue } from './responseValue.js';

/** A field the response leaves free-form (no type but null): the parameter's own schema says what was sent. */
const typed = (field: JsonSchema, parameter: JsonSchema | undefined): JsonSchema =>
  parameter !== undefined && schemaTypes(field).every((type) => type === 'null') ? parameter : field;

const isPlainObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Form pairs grouped by name, in first-seen order; only the parameters the request schema documents. */
function grouped(requestSchema: JsonSchema | undefined, form: readonly (readonly [string, string])[]): Map<string, string[]> {
  const documented = propertiesOf(requestSchema);
  const groups = new Map<string, string[]>();
  for (const [name, value] of form) {
    if (Object.hasOwn(documented, name)) groups.set(name, [...(groups.get(name) ?? []), value]);
  }
  return groups;
}

/** A JSON body's top-level members as the response fields of the same (snake_case) names. */
function fromJson(json: unknown, fields: Record<string, JsonSchema>): Fields {
  if (!isPlainObject(json)) return {};
  return Object.fromEntries(Object.entries(json).filter(([name]) => Object.hasOwn(fields, snakeCase(name))).map(([name, value]) => [snakeCase(name), value]));
}

/**
 * The documented parameters of a body as the response fields that reflect them (`FooBar` → `foo_bar`,
 * `Foo.Bar` → `foo.bar`), each form value in the type of its field. A parameter the response has no
 * field for is not reflected.
 */
export function sentValues(requestSchema: JsonSchema | undefined, body: { form: readonly (readonly [string, string])[]; json?: unknown }, responseSchema: JsonSchema | undefined): Fields {
  const fields = propertiesOf(responseSchema);
  if (body.json !== undefined) return fromJson(body.json, fields);
  const { form } = body;
  const parameters = propertiesOf(requestSchema);
  const sent: Fields = {};
  for (const [name, values] of grouped(requestSchema, form)) {
    const [top, ...rest] = snakeCase(name).split('.') as [string, ...string[]];
    if (!Object.hasOwn(fields, top)) continue;
    if (rest.length === 0) {
      sent[top] = responseValue(typed(fields[top]!, parameters[name]), values);
      continue;
    }
    let node = (sent[top] = isPlainObject(sent[top]) ? sent[top] : {}) as Fields;
    let schema: JsonSchema | undefined = fields[top];
    for (const step of rest.slice(0, -1)) {
      schema = propertiesOf(schema)[step];
      node = (node[step] = isPlainObject(node[step]) ? node[step] : {}) as Fields;
    }
    const leaf = rest[rest.length - 1]!;
    // Inside a free-form object (a webhook's `configuration`) the parameter's own schema says the type: an array stays one.
    node[leaf] = responseValue(propertiesOf(schema)[leaf] ?? parameters[name] ?? {}, values);
  }
  return sent;
}
