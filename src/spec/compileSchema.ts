import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv, knownFormat, type SchemaAjv } from './createAjv.js';
import type { JsonSchema } from './types.js';
import { escapeSegment } from './jsonPointer.js';

/** One way in which a value breaks its schema. `pointer` is the JSON pointer of the offending value. */
export interface SchemaIssue {
  pointer: string;
  keyword: string;
  message: string;
}

/** A compiled schema: returns no issues when the value is valid. */
export type Validate = (data: unknown) => SchemaIssue[];

const ajv: SchemaAjv = createAjv();
const cache = new WeakMap<object, Validate>();
const ignoredFormats = new Set<string>();

/** Turns Ajv's errors into issues whose pointer names the property itself (a missing one too). */
export function toIssues(errors: readonly ErrorObject[] | null | undefined): SchemaIssue[] {
  if (!errors) return [];
  return errors.map((error) => {
    const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
    const pointer = missing === undefined ? error.instancePath : `${error.instancePath}/${escapeSegment(missing)}`;
    const message =
      missing === undefined ? (error.message ?? `must pass "${error.keyword}"`) : 'is required but missing';
    return { pointer, keyword: error.keyword, message };
  });
}

/** One line per issue: `/sid must match pattern "^MB[0-9a-fA-F]{32}$"`. */
export const formatIssues = (issues: readonly SchemaIssue[]): string =>
  issues.map((issue) => `${issue.pointer || '(root)'} ${issue.message}`).join('; ');

/**
 * Registers the formats among `formats` that Ajv does not know as formats that accept anything, and
 * returns every such unknown name (registered now or by an earlier load), so each spec warns of its own.
 */
export function registerUnknownFormats(formats: Iterable<string>): string[] {
  const unknown: string[] = [];
  for (const name of formats) {
    if (!ignoredFormats.has(name)) {
      if (knownFormat(ajv, name)) continue;
      ajv.addFormat(name, () => true);
      ignoredFormats.add(name);
    }
    unknown.push(name);
  }
  return unknown;
}

/** Compiles a schema once; the same schema object always gets the same validator back. */
export function compileSchema(schema: JsonSchema): Validate {
  if (typeof schema === 'boolean') {
    return schema ? () => [] : () => [{ pointer: '', keyword: 'false', message: 'no value is allowed here' }];
  }
  const cached = cache.get(schema);
  if (cached) return cached;
  const ajvValidate: ValidateFunction = ajv.compile(schema);
  const validate: Validate = (data) => (ajvValidate(data) ? [] : toIssues(ajvValidate.errors));
  cache.set(schema, validate);
  return validate;
}
