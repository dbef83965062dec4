import type { JsonSchema } from '../spec/types.js';

type SchemaObject = Record<string, unknown>;

/** One difference between two versions of one schema node (not its children), named by its rule suffix. */
export interface FacetChange {
  /** `type-changed`, `max-decreased`, `enum-value-added`, … */
  event: string;
  before?: unknown;
  after?: unknown;
}

export const asObject = (schema: JsonSchema | undefined): SchemaObject =>
  schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? (schema as SchemaObject) : {};

const typeList = (schema: SchemaObject): string[] =>
  [schema.type].flat().filter((t): t is string => typeof t === 'string');

/** The types a value may have, `null` aside (a 3.0 `nullable` is `[T, "null"]` once loaded). */
export const typesOf = (schema: SchemaObject): string => typeList(schema).filter((t) => t !== 'null').sort().join('|');

export const isNullable = (schema: SchemaObject): boolean =>
  typeList(schema).includes('null') ||
  (Array.isArray(schema.enum) && schema.enum.includes(null)) ||
  [schema.anyOf, schema.oneOf].some((list) => Array.isArray(list) && list.some((s) => asObject(s).type === 'null'));

const enumOf = (schema: SchemaObject): unknown[] | undefined =>
  Array.isArray(schema.enum) ? schema.enum.filter((value) => value !== null) : undefined;

const numberAt = (schema: SchemaObject, ...keys: string[]): number | undefined => {
  for (const key of keys) if (typeof schema[key] === 'number') return schema[key] as number;
  return undefined;
};

/** A bound that moved (the rule tables say which direction tightens: `max…` bounds tighten as they decrease). */
function bound(name: string, before: number | undefined, after: number | undefined): FacetChange[] {
  if (before === after) return [];
  if (before === undefined) return [{ event: `${name}-set`, after }];
  if (after === undefined) return [{ event: `${name}-removed`, before }];
  const direction = after > before ? 'increased' : 'decreased';
  return [{ event: `${name}-${direction}`, before, after }];
}

function changed(event: string, before: unknown, after: unknown): FacetChange[] {
  if (before === after) return [];
  if (before === undefined) return [{ event: `${event}-added`, after }];
  if (after === undefined) return [{ event: `${event}-removed`, before }];
  return [{ event: `${event}-changed`, before, after }];
}

// Pairs of shared schema objects recur in every operation that uses them: compare each pair once.
const compared = new WeakMap<object, WeakMap<object, FacetChange[]>>();

/** What changed in one schema node: type, nullability, format, pattern, bounds, lengths, enum values, default, description. */
export function schemaFacets(beforeSchema: JsonSchema | undefined, afterSchema: JsonSchema | undefined): FacetChange[] {
  if (typeof beforeSchema !== 'object' || typeof afterSchema !== 'object') return compareFacets(beforeSchema, afterSchema);
  const row = compared.get(beforeSchema) ?? new WeakMap<object, FacetChange[]>();
  compared.set(beforeSchema, row);
  const known = row.get(afterSchema);
  if (known) return known;
  const found = compareFacets(beforeSchema, afterSchema);
  row.set(afterSchema, found);
  return found;
}

function compareFacets(beforeSchema: JsonSchema | undefined, afterSchema: JsonSchema | undefined): FacetChange[] {
  const before = asObject(beforeSchema);
  const after = asObject(afterSchema);
  const out: FacetChange[] = [];
  out.push(...changed('type', typesOf(before) || undefined, typesOf(after) || undefined));
  if (isNullable(before) !== isNullable(after)) out.push({ event: isNullable(after) ? 'became-nullable' : 'became-not-nullable' });
  out.push(...changed('format', before.format, after.format));
  out.push(...changed('pattern', before.pattern, after.pattern));
  out.push(...bound('max', numberAt(before, 'maximum', 'exclusiveMaximum'), numberAt(after, 'maximum', 'exclusiveMaximum')));
  out.push(...bound('min', numberAt(before, 'minimum', 'exclusiveMinimum'), numberAt(after, 'minimum', 'exclusiveMinimum')));
  out.push(...bound('max-length', numberAt(before, 'maxLength'), numberAt(after, 'maxLength')));
  out.push(...bound('min-length', numberAt(before, 'minLength'), numberAt(after, 'minLength')));
  const [enumBefore, enumAfter] = [enumOf(before), enumOf(after)];
  if (enumBefore && enumAfter) {
    const has = (list: unknown[], value: unknown) => list.some((v) => JSON.stringify(v) === JSON.stringify(value));
    for (const value of enumAfter) if (!has(enumBefore, value)) out.push({ event: 'enum-value-added', after: value });
    for (const value of enumBefore) if (!has(enumAfter, value)) out.push({ event: 'enum-value-removed', before: value });
  } else if (enumBefore || enumAfter) {
    out.push(enumAfter ? { event: 'enum-set', after: enumAfter } : { event: 'enum-removed', before: enumBefore });
  }
  if (JSON.stringify(before.default) !== JSON.stringify(after.default)) out.push({ event: 'default-value-changed', before: before.default, after: after.default });
  if ((before.description ?? '') !== (after.description ?? '')) out.push({ event: 'description-changed', before: before.description, after: after.description });
  return out;
}
