import type { JsonSchema } from '../spec/types.js';
import { asObject } from './schemaFacets.js';

export interface PropertyAt {
  schema: JsonSchema;
  required: boolean;
}

// Deep enough for any body Twilio documents; a guard against schemas that nest without end.
const MAX_DEPTH = 8;

/** Objects' own properties and those of `allOf` members, with the names their parent requires. */
function propertiesOf(schema: Record<string, unknown>): { properties: Record<string, JsonSchema>; required: Set<string> } {
  const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.map((s) => asObject(s as JsonSchema)) : [])];
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const part of parts) {
    Object.assign(properties, asObject(part.properties as JsonSchema));
    if (Array.isArray(part.required)) for (const name of part.required) required.add(String(name));
  }
  return { properties, required };
}

// One walk per schema object: a dereferenced schema is shared by every operation that uses it.
const walked = new WeakMap<object, Map<string, PropertyAt>>();

/** Every property below a schema by dotted name (`links.messages`; array items as `members[].identity`). */
export function walkProperties(root: JsonSchema | undefined): Map<string, PropertyAt> {
  if (root === null || typeof root !== 'object') return walk(root);
  const known = walked.get(root);
  if (known) return known;
  const found = walk(root);
  walked.set(root, found);
  return found;
}

function walk(root: JsonSchema | undefined, into = new Map<string, PropertyAt>(), prefix = '', depth = 0): Map<string, PropertyAt> {
  const schema = asObject(root);
  if (depth > MAX_DEPTH) return into;
  if (schema.items !== undefined) {
    // The items themselves are a field too (their type can change), always there when the array is.
    into.set(`${prefix}[]`, { schema: schema.items as JsonSchema, required: true });
    walk(schema.items as JsonSchema, into, `${prefix}[]`, depth + 1);
  }
  const { properties, required } = propertiesOf(schema);
  for (const [name, child] of Object.entries(properties)) {
    const key = prefix ? `${prefix}.${name}` : name;
    into.set(key, { schema: child, required: required.has(name) });
    walk(child, into, key, depth + 1);
  }
  return into;
}
