import { decodeWireValue, schemaTypes } from '../../spec/decodeWireValue.js';
import type { JsonSchema } from '../../spec/types.js';
import { toUtcSeconds } from '../resources/toUtcSeconds.js';
import { dateText, parseDateText } from './dateText.js';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** A date sent in a request, written the way the response field documents dates. */
function dateValue(format: unknown, raw: string): string {
  if (format === 'date-time') return toUtcSeconds(raw);
  const ms = parseDateText(raw);
  return ms === undefined ? raw : dateText(format, ms);
}

/**
 * Form text (one value, or several for a repeated key) as the type of the response field that reflects
 * it: `"5"` → 5, `"true"` → true, repeated keys → an array, a JSON document → the object it encodes,
 * a date → the field's own date format. Text that reads as nothing else stays text.
 */
export function responseValue(schema: JsonSchema, values: readonly string[]): unknown {
  const types = schemaTypes(schema);
  const raw = values[values.length - 1] ?? '';
  const format = typeof schema === 'object' ? schema.format : undefined;
  if (types.includes('array')) {
    const items = (typeof schema === 'object' ? schema.items : undefined) as JsonSchema | undefined;
    const parsed = values.length === 1 ? parseJson(raw) : undefined;
    return Array.isArray(parsed) ? parsed : values.map((value) => decodeWireValue(items ?? {}, value));
  }
  if (types.includes('object') && !types.includes('string')) {
    const parsed = parseJson(raw);
    return parsed !== null && typeof parsed === 'object' ? parsed : raw === '' && types.includes('null') ? null : raw;
  }
  if (types.includes('string') && typeof format === 'string' && format.startsWith('date')) return dateValue(format, raw);
  return decodeWireValue(schema, raw);
}
