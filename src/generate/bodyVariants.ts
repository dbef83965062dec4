import type { JsonSchema } from '../spec/types.js';
import type { Field } from './pairsArbitrary.js';
import { schemaKeyword } from './schemaKeyword.js';

const requiredOf = (schema: JsonSchema): string[] => {
  const required = typeof schema === 'object' ? schema.required : undefined;
  return Array.isArray(required) ? (required as string[]) : [];
};

const propertiesOf = (schema: JsonSchema): Record<string, JsonSchema> =>
  (schemaKeyword(schema, 'properties', 'object') ?? {}) as Record<string, JsonSchema>;

/**
 * The form fields of a body schema, once per `anyOf` branch: each branch adds its `required` names and
 * narrows its properties (Conversations create: `Identity` required, or a non-empty
 * `MessagingBinding.Address`). Together the variants cover every valid combination.
 */
export function bodyVariants(schema: JsonSchema): Field[][] {
  const branches = typeof schema === 'object' && Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]) : [true];
  const properties = propertiesOf(schema);
  const extra = (schemaKeyword(schema, 'additionalProperties', 'object') ?? {}) as JsonSchema;
  return branches.map((branch) => {
    const narrowed = propertiesOf(branch);
    const required = new Set([...requiredOf(schema), ...requiredOf(branch)]);
    const names = [...new Set([...Object.keys(properties), ...required])];
    return names.map((name) => {
      const base = properties[name] ?? extra;
      const narrow = narrowed[name];
      const merged = typeof base === 'object' && typeof narrow === 'object' ? { ...base, ...narrow } : base;
      return { name, schema: merged, required: required.has(name) };
    });
  });
}

/** Names an `anyOf` branch requires (a new spec's "one of these must be given"). */
export const anyOfRequired = (schema: JsonSchema): string[][] =>
  typeof schema === 'object' && Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]).map(requiredOf) : [];
