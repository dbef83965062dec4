import { schemaTypes } from '../../spec/decodeWireValue.js';
import { isSidField } from '../../spec/sids.js';
import type { JsonSchema } from '../../spec/types.js';
import { dateText } from './dateText.js';
import { patternValue } from './patternValue.js';

type SchemaObject = Record<string, unknown>;

/** Values for the string formats Twilio's descriptions use; each validates as its format. */
const FORMATS: Record<string, () => string> = {
  'date-time': () => dateText('date-time', Date.now()),
  'date-time-rfc-2822': () => dateText('date-time-rfc-2822', Date.now()),
  date: () => dateText('date', Date.now()),
  uri: () => 'https://example.com/apiconform',
  url: () => 'https://example.com/apiconform',
  email: () => 'apiconform@example.com',
  'phone-number': () => '+15005550006',
  'iso-country-code': () => 'US',
  currency: () => 'USD',
  'http-method': () => 'POST',
  uuid: () => '00000000-0000-4000-8000-000000000000',
};

const ZERO_HEX = '0'.repeat(32);

function stringSample(schema: SchemaObject, name: string): string {
  const format = typeof schema.format === 'string' && Object.hasOwn(FORMATS, schema.format) ? FORMATS[schema.format]!() : undefined;
  if (format !== undefined) return format;
  if (typeof schema.pattern === 'string') return patternValue(schema.pattern, ZERO_HEX) ?? '';
  // docs/conformance.md "Conventions": every SID is two upper-case letters and 32 hex digits, documented pattern or not.
  if (isSidField(name)) return `XX${ZERO_HEX}`;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  return 'apiconform'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, 10)));
}

function numberSample(schema: SchemaObject, integer: boolean): number {
  let value = typeof schema.minimum === 'number' ? schema.minimum : 0;
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) value = schema.exclusiveMinimum + 1;
  if (typeof schema.maximum === 'number' && value > schema.maximum) value = schema.maximum;
  return integer ? Math.ceil(value) : value;
}

function objectSample(schema: SchemaObject, depth: number): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return Object.fromEntries(required.map((name) => [name, depth > 4 ? null : sampleValue(properties[name] ?? {}, name, depth + 1)]));
}

/**
 * A value that validates against `schema`, the simplest there is: null where null is allowed, the
 * first member of an enum, `'{}'` for `attributes` (Twilio's default), a well-formed value of a
 * format or pattern (a SID of the documented prefix; `XX…` for a `sid`/`*_sid` field without one), the least number in range, false, empty arrays
 * and objects (with their required properties).
 */
export function sampleValue(schema: JsonSchema, name = '', depth = 0): unknown {
  if (typeof schema !== 'object') return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((member) => member !== null) ?? null;
  const types = schemaTypes(schema);
  if (name === 'attributes' && (types.length === 0 || types.includes('string'))) return '{}';
  if (types.includes('null')) return null;
  const branches = (schema.oneOf ?? schema.anyOf ?? schema.allOf) as JsonSchema[] | undefined;
  if (types.length === 0 && Array.isArray(branches) && branches.length > 0) return sampleValue(branches[0]!, name, depth + 1);
  const type = types[0] ?? (schema.properties ? 'object' : undefined);
  if (type === 'string') return stringSample(schema, name);
  if (type === 'integer' || type === 'number') return numberSample(schema, type === 'integer');
  if (type === 'boolean') return false;
  if (type === 'array') {
    const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
    return Array.from({ length: count }, () => sampleValue((schema.items as JsonSchema | undefined) ?? {}, '', depth + 1));
  }
  if (type === 'object') return objectSample(schema, depth);
  return null;
}
