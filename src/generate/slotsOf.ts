import type { JsonSchema, Operation } from '../spec/types.js';
import type { Slot } from './types.js';

/** Every place a request of this operation carries a value: parameters, then body properties. */
export function slotsOf(operation: Operation): Slot[] {
  const slots: Slot[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    for (const { name, schema, required } of operation.parameters[location]) slots.push({ location, name, schema, required });
  }
  const schema = operation.requestBody?.schema;
  if (typeof schema === 'object') {
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [name, property] of Object.entries(properties)) {
      slots.push({ location: 'body', name, schema: property, required: required.includes(name) });
    }
  }
  return slots;
}
