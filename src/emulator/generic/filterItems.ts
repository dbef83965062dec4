import { snakeCase } from '../../spec/snakeCase.js';
import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from '../model/successResponse.js';
import type { Item } from '../types.js';

/**
 * The items a list's filters keep: a query parameter that names a field of the items (`To` → `to`,
 * `Status` → `status`) keeps those whose field equals one of its values. Any other parameter (a date
 * range such as `DateSent<`) filters nothing.
 */
export function filterItems(items: readonly Item[], filters: readonly (readonly [string, string])[], itemSchema: JsonSchema | undefined): Item[] {
  const properties = propertiesOf(itemSchema);
  const wanted = new Map<string, string[]>();
  for (const [name, value] of filters) {
    const field = snakeCase(name);
    if (Object.hasOwn(properties, field)) wanted.set(field, [...(wanted.get(field) ?? []), value]);
  }
  if (wanted.size === 0) return [...items];
  return items.filter((item) =>
    [...wanted].every(([field, values]) => {
      const value = item.fields[field];
      return value !== undefined && value !== null && values.includes(String(value));
    }),
  );
}
