import { decodeForm } from '../../spec/decodeWireValue.js';
import type { JsonSchema } from '../../spec/types.js';
import { snakeCase } from '../../spec/snakeCase.js';
import { toUtcSeconds } from '../resources/toUtcSeconds.js';
import type { Fields } from '../types.js';

const isPlainObject = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The documented parameters of a form body as the response fields that reflect them
 * (docs/conformance.md "Conventions"): `FooBar` → `foo_bar`, `MessagingBinding.Address` →
 * `messaging_binding.address`, integers as numbers, an empty nullable integer as null, date-times
 * as the same instant in UTC whole seconds. Undocumented parameters are ignored.
 */
export function sentFields(schema: JsonSchema | undefined, form: readonly (readonly [string, string])[]): Fields {
  const properties = (typeof schema === 'object' ? (schema.properties ?? {}) : {}) as Record<string, JsonSchema>;
  const sent: Fields = {};
  for (const [name, value] of Object.entries(decodeForm(schema ?? {}, form))) {
    // Own properties only: a form key such as `toString` or `constructor` is not a documented parameter.
    const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (property === undefined) continue;
    const isDate = typeof property === 'object' && property.format === 'date-time' && typeof value === 'string';
    const path = snakeCase(name).split('.');
    let node = sent;
    for (const step of path.slice(0, -1)) node = (node[step] = isPlainObject(node[step]) ? node[step] : {}) as Fields;
    node[path[path.length - 1]!] = isDate ? toUtcSeconds(value) : value;
  }
  return sent;
}

/** `fields` with the sent values applied; a nested object (from a dotted name) merges into its field. */
export function applySent(fields: Fields, sent: Fields): Fields {
  const next: Fields = { ...fields };
  for (const [key, value] of Object.entries(sent)) {
    next[key] = isPlainObject(value) ? { ...(isPlainObject(next[key]) ? next[key] : {}), ...value } : value;
  }
  return next;
}
