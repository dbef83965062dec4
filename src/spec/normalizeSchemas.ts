import { joinPointer } from './jsonPointer.js';
import type { Diagnostic } from './types.js';

type SchemaObject = Record<string, unknown>;

const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = [
  'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedProperties', 'unevaluatedItems', 'additionalItems',
];

const isObject = (value: unknown): value is SchemaObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** OpenAPI 3.0's `nullable` and boolean `exclusiveMinimum` become their JSON Schema 2020-12 forms. */
function upgrade30(schema: SchemaObject): void {
  if (schema.nullable === true) {
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  }
  delete schema.nullable;
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (schema[flag] === true && typeof schema[bound] === 'number') {
      schema[flag] = schema[bound];
      delete schema[bound];
    } else if (typeof schema[flag] === 'boolean') {
      delete schema[flag];
    }
  }
}

/**
 * Normalises the schemas of a dereferenced document in place, once per schema object (shared
 * schemas stay shared, so their validators are compiled once). A `$ref` cycle is cut where it
 * closes: the inner occurrence accepts anything, and a warning says where.
 */
export class SchemaNormalizer {
  readonly formats = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  private readonly done = new WeakSet<object>();
  private readonly active = new WeakSet<object>();

  constructor(
    private readonly file: string,
    private readonly openapi: string,
  ) {}

  /** Normalises `holder[key]` (a schema) and everything below it. */
  visit(holder: Record<string, unknown> | unknown[], key: string | number, pointer: string): void {
    const schema = (holder as Record<string | number, unknown>)[key];
    if (!isObject(schema)) return;
    if (this.active.has(schema)) {
      (holder as Record<string | number, unknown>)[key] = {};
      this.diagnostics.push({
        severity: 'warning',
        file: this.file,
        pointer,
        message: 'recursive schema: the recursion is validated one level deep',
      });
      return;
    }
    if (this.done.has(schema)) return;
    this.active.add(schema);
    if (this.openapi.startsWith('3.0')) upgrade30(schema);
    if (typeof schema.format === 'string') this.formats.add(schema.format);
    for (const name of SCHEMA_MAPS) {
      const map = schema[name];
      if (isObject(map)) for (const child of Object.keys(map)) this.visit(map, child, joinPointer(pointer, name, child));
    }
    for (const name of SCHEMA_LISTS) {
      const list = schema[name];
      if (Array.isArray(list)) list.forEach((_, index) => this.visit(list, index, joinPointer(pointer, name, index)));
    }
    for (const name of SCHEMA_VALUES) {
      if (Array.isArray(schema[name])) {
        const list = schema[name] as unknown[];
        list.forEach((_, index) => this.visit(list, index, joinPointer(pointer, name, index)));
      } else {
        this.visit(schema, name, joinPointer(pointer, name));
      }
    }
    this.active.delete(schema);
    this.done.add(schema);
  }
}
