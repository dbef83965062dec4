import { compileSchema, formatIssues } from './compileSchema.js';
import { joinPointer, resolvePointer } from './jsonPointer.js';
import type { Diagnostic, JsonSchema } from './types.js';

type Node = Record<string, unknown>;

const SCHEMA_HINTS = ['type', 'properties', 'format', 'pattern', 'enum', 'items', 'allOf', 'anyOf', 'oneOf', 'minLength'];
const isObject = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const looksLikeSchema = (node: Node): boolean => SCHEMA_HINTS.some((hint) => hint in node);

/**
 * Checks every `example` and `examples` value in a document against the schema it illustrates: the
 * schema beside it (parameters, headers, media types) or the schema it sits in. Placeholder examples
 * such as `"sid": "Sid"` are the usual finding. Mismatches are warnings; a schema that cannot be
 * compiled at all is an error.
 */
export function lintExamples(file: string, raw: Node, dereferenced: Node): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (schema: unknown, value: unknown, pointer: string): void => {
    let issues;
    try {
      issues = compileSchema(schema as JsonSchema)(value);
    } catch (error) {
      diagnostics.push({ severity: 'error', file, pointer, message: `schema does not compile: ${(error as Error).message}` });
      return;
    }
    if (issues.length === 0) return;
    const shown = formatIssues(issues.slice(0, 3)) + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
    diagnostics.push({ severity: 'warning', file, pointer, message: `example does not match its schema: ${shown}` });
  };

  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, joinPointer(pointer, index)));
      return;
    }
    if (!isObject(node) || typeof node.$ref === 'string') return;
    const resolved = resolvePointer(dereferenced, pointer);
    if (isObject(resolved)) {
      if ('schema' in node && isObject(resolved.schema)) {
        if ('example' in resolved) check(resolved.schema, resolved.example, joinPointer(pointer, 'example'));
        if (isObject(resolved.examples)) {
          for (const [name, example] of Object.entries(resolved.examples)) {
            if (isObject(example) && 'value' in example) check(resolved.schema, example.value, joinPointer(pointer, 'examples', name, 'value'));
          }
        }
      } else if (looksLikeSchema(node)) {
        if ('example' in node) check(resolved, node.example, joinPointer(pointer, 'example'));
        if (Array.isArray(node.examples)) {
          node.examples.forEach((example, index) => check(resolved, example, joinPointer(pointer, 'examples', index)));
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'example' && key !== 'examples') visit(child, joinPointer(pointer, key));
    }
  };
  visit(raw, '');
  return diagnostics;
}
