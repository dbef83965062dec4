import type { JsonSchema } from '../spec/types.js';

/** A keyword's value when it has the expected JS type; undefined otherwise (or for boolean schemas). */
export function schemaKeyword<T extends 'number' | 'string' | 'object'>(
  schema: JsonSchema,
  keyword: string,
  type: T,
): (T extends 'number' ? number : T extends 'string' ? string : Record<string, unknown>) | undefined {
  if (typeof schema !== 'object') return undefined;
  const value = schema[keyword];
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as never) : undefined;
  return typeof value === type ? (value as never) : undefined;
}

/** The `enum` (or `const`) values of a schema, or undefined when it has neither. */
export function schemaEnum(schema: JsonSchema): unknown[] | undefined {
  if (typeof schema !== 'object') return undefined;
  if (Array.isArray(schema.enum)) return schema.enum as unknown[];
  return 'const' in schema ? [schema.const] : undefined;
}
