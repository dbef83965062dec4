import type { JsonSchema } from './types.js';

/** The JSON types a schema allows (`type` as string or array; none means any). */
export function schemaTypes(schema: JsonSchema): string[] {
  if (typeof schema !== 'object') return [];
  const type = schema.type;
  return typeof type === 'string' ? [type] : Array.isArray(type) ? (type as string[]) : [];
}

const INTEGER = /^-?\d+$/u;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/u;

/** A JSON object written as text (how a form carries an object parameter: `TranscriptionsConfiguration={}`). */
function jsonObject(raw: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A form, query, path or header value arrives as text; this gives it the type its schema asks for,
 * so that the schema can judge it. Text that does not read as that type stays text and fails the
 * schema's `type` (as `LastConsumedMessageIndex=abc` must). An empty value for a nullable non-string
 * parameter is `null` (docs/conformance.md, "Conventions": an empty nullable integer means null). An
 * object parameter is JSON text.
 */
export function decodeWireValue(schema: JsonSchema, raw: string): unknown {
  const types = schemaTypes(schema);
  if (types.length === 0 || types.includes('string')) return raw;
  if (raw === '' && types.includes('null')) return null;
  if (types.includes('object')) return jsonObject(raw) ?? raw;
  if (types.includes('integer') && INTEGER.test(raw)) return Number(raw);
  if (types.includes('number') && NUMBER.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

const propertySchema = (schema: JsonSchema, name: string): JsonSchema => {
  if (typeof schema !== 'object') return {};
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  // Own properties only: a form key such as `constructor` must not find Object.prototype's.
  if (Object.hasOwn(properties, name)) return properties[name]!;
  return (schema.additionalProperties as JsonSchema | undefined) ?? {};
};

/** Repeated keys become an array when the schema says array (Twilio's `Identity=a&Identity=b`). */
export function decodeWireValues(schema: JsonSchema, values: readonly string[]): unknown {
  if (schemaTypes(schema).includes('array')) {
    const items = (typeof schema === 'object' ? schema.items : undefined) as JsonSchema | undefined;
    return values.map((value) => decodeWireValue(items ?? {}, value));
  }
  return decodeWireValue(schema, values[values.length - 1] ?? '');
}

/** A form-encoded body (name/value pairs, in order) as the object its schema describes. */
export function decodeForm(schema: JsonSchema, pairs: readonly (readonly [string, string])[]): Record<string, unknown> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of pairs) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  const body: Record<string, unknown> = {};
  for (const [name, values] of grouped) body[name] = decodeWireValues(propertySchema(schema, name), values);
  return body;
}
