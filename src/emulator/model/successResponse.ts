import type { JsonSchema, Operation, OperationKind } from '../../spec/types.js';

export interface Success {
  status: number;
  /** Absent when the documented success has no body (a 204). */
  schema?: JsonSchema;
}

const FALLBACK: Record<OperationKind, number> = { create: 201, delete: 204, fetch: 200, list: 200, update: 200, other: 200 };

/**
 * The status and body schema an operation documents for success: its first 2xx (201 before 200 for a
 * create), or its first 3xx where it documents only a redirect (an export's download, an OAuth authorize).
 */
export function successResponse(operation: Operation): Success {
  const documented = (pattern: RegExp) => operation.responses.filter((response) => pattern.test(response.status));
  const twoHundreds = documented(/^2\d\d$/u);
  const successes = twoHundreds.length > 0 ? twoHundreds : documented(/^3\d\d$/u);
  const preferred = successes.find((response) => Number(response.status) === FALLBACK[operation.kind]) ?? successes[0];
  if (!preferred) return { status: FALLBACK[operation.kind] };
  return { status: Number(preferred.status), ...(preferred.schema === undefined ? {} : { schema: preferred.schema }) };
}

/** The properties of an object schema (none for anything else). */
export const propertiesOf = (schema: JsonSchema | undefined): Record<string, JsonSchema> =>
  (typeof schema === 'object' && schema.properties !== null && typeof schema.properties === 'object'
    ? schema.properties
    : {}) as Record<string, JsonSchema>;
