import SwaggerParser from '@apidevtools/swagger-parser';
import { HarnessError, isHarnessError } from '../errors.js';
import { compileSchema, registerUnknownFormats } from './compileSchema.js';
import { flattenOperations } from './flattenOperations.js';
import { groupResources } from './groupResources.js';
import { lintExamples } from './lintExamples.js';
import { SchemaNormalizer } from './normalizeSchemas.js';
import { expandSpecPaths, readSpecFile, type SpecFile } from './readSpecFile.js';
import type { Diagnostic, JsonSchema, LoadedSpec, Operation, SpecIndex } from './types.js';
import { checkLocalRefs, validateAgainstMetaSchema } from './validateDocument.js';

export interface LoadOptions {
  /** Validate every example against its schema (what `apiconform lint` reports). Default false. */
  lintExamples?: boolean;
  /** Return error diagnostics instead of throwing SPEC_INVALID on the first (lint reports them all). */
  allowErrors?: boolean;
  /** The files were validated against the OpenAPI meta-schema already (the CLI, before its worker loads them). */
  validated?: boolean;
  /** Compile every schema now (default true); `apiconform diff` only compares schemas, and compiling is most of the load. */
  compile?: boolean;
}

/** Every schema an operation uses, compiled now: one that cannot compile is an error at its pointer. */
function compileOperations(file: string, operations: readonly Operation[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const tryCompile = (schema: JsonSchema | undefined, pointer: string) => {
    if (schema === undefined) return;
    try {
      compileSchema(schema);
    } catch (error) {
      diagnostics.push({ severity: 'error', file, pointer, message: `schema does not compile: ${(error as Error).message}` });
    }
  };
  for (const operation of operations) {
    for (const param of Object.values(operation.parameters).flat()) tryCompile(param.schema, `${param.pointer}/schema`);
    tryCompile(operation.requestBody?.schema, `${operation.requestBody?.pointer}/content`);
    for (const response of operation.responses) {
      tryCompile(response.schema, `${response.pointer}/content`);
      for (const header of response.headers) tryCompile(header.schema, `${response.pointer}/headers/${header.name}`);
    }
  }
  return diagnostics;
}

/** swagger-parser's own errors become one harness error that names the file. */
function explain(spec: SpecFile, error: unknown): HarnessError {
  if (isHarnessError(error)) return error;
  const text = (error as Error).message.replace(/\s+/gu, ' ').trim();
  const code = /\$ref|pointer|resolv/iu.test(text) ? 'SPEC_REF' : 'SPEC_INVALID';
  return new HarnessError(code, `${spec.file}: ${text}`, { file: spec.file });
}

/** Loads one OpenAPI 3.0/3.1 file: validate, dereference, normalise, flatten, group. */
export async function loadSpecFile(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const spec = await readSpecFile(file);
  if (!options.validated) validateAgainstMetaSchema(spec);
  checkLocalRefs(spec);
  let document: Record<string, unknown>;
  try {
    // Schema validation is done above, once-compiled; swagger-parser checks the rest and dereferences.
    document = (await new SwaggerParser().validate(spec.file, structuredClone(spec.raw) as never, {
      validate: { schema: false, spec: true },
    })) as unknown as Record<string, unknown>;
  } catch (error) {
    throw explain(spec, error);
  }
  const normalizer = new SchemaNormalizer(spec.file, spec.openapi);
  const operations = flattenOperations(spec.id, spec.file, document, normalizer);
  const diagnostics: Diagnostic[] = [...normalizer.diagnostics];
  if (operations.length === 0) {
    // Real files do this (two of Twilio's have path items with no methods); only an index with
    // nothing at all to test is an error, see loadSpecs.
    diagnostics.push({ severity: 'warning', file: spec.file, pointer: '/paths', message: 'defines no operations' });
  }
  const unknown = registerUnknownFormats(normalizer.formats);
  if (unknown.length > 0) {
    diagnostics.push({
      severity: 'warning',
      file: spec.file,
      pointer: '',
      message: `unknown formats accept any value: ${unknown.sort().join(', ')}`,
    });
  }
  if (options.compile !== false) diagnostics.push(...compileOperations(spec.file, operations));
  if (options.lintExamples) diagnostics.push(...lintExamples(spec.file, spec.raw, document));
  const info = (spec.raw.info ?? {}) as { title?: unknown };
  return {
    id: spec.id,
    file: spec.file,
    openapi: spec.openapi,
    title: String(info.title ?? spec.id),
    operations,
    resources: groupResources(operations),
    diagnostics,
  };
}

/** Loads files and directories of files into one index. Spec ids (see specIdOf) must be unique. */
export async function loadSpecs(paths: string | readonly string[], options: LoadOptions = {}): Promise<SpecIndex> {
  const files = await expandSpecPaths(typeof paths === 'string' ? [paths] : paths);
  const specs: LoadedSpec[] = [];
  for (const file of files) {
    const spec = await loadSpecFile(file, options);
    const clash = specs.find((other) => other.id === spec.id);
    if (clash) {
      throw new HarnessError('SPEC_INVALID', `${clash.file} and ${file} have the same spec id "${spec.id}" (the file name without extension and a leading twilio_); load only one of them`, { file });
    }
    specs.push(spec);
  }
  const firstError = specs.flatMap((spec) => spec.diagnostics).find((d) => d.severity === 'error');
  if (firstError && !options.allowErrors) {
    throw new HarnessError('SPEC_INVALID', `${firstError.file}: ${firstError.pointer} ${firstError.message}`, firstError);
  }
  const operations = specs.flatMap((spec) => spec.operations);
  if (operations.length === 0) {
    const named = files.length === 1 ? files[0]! : `${files.length} files (${files.join(', ')})`;
    throw new HarnessError('SPEC_EMPTY', `${named}: defines no operations (no methods under paths)`, {
      file: files[0]!,
      pointer: '/paths',
    });
  }
  return {
    specs,
    operations,
    resources: specs.flatMap((spec) => spec.resources),
    diagnostics: specs.flatMap((spec) => spec.diagnostics),
  };
}
