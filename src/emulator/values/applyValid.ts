import { compileSchema } from '../../spec/compileSchema.js';
import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from '../model/successResponse.js';
import type { Fields } from '../types.js';

const isPlainObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `value` over `previous`; objects (from dotted names) merge key by key. */
function merge(previous: unknown, value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(previous)) return value;
  const next: Fields = { ...previous };
  for (const [key, inner] of Object.entries(value)) next[key] = merge(previous[key], inner);
  return next;
}

/**
 * `fields` with the sent values applied, each only if the result is valid for its field's schema: a
 * value the response could not document (a request type wider than the response's) is not stored.
 */
export function applyValid(fields: Fields, sent: Fields, schema: JsonSchema | undefined): Fields {
  const properties = propertiesOf(schema);
  const next: Fields = { ...fields };
  for (const [key, value] of Object.entries(sent)) {
    const candidate = merge(next[key], value);
    const property = properties[key];
    if (property === undefined || compileSchema(property)(candidate).length === 0) next[key] = candidate;
  }
  return next;
}
