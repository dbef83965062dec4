import { snakeCase } from '../spec/snakeCase.js';
import type { JsonSchema, Operation } from '../spec/types.js';
import { shownFields } from './support/sharedFields.js';

type SchemaObject = { properties?: Record<string, JsonSchema> };

const successSchemas = (operation: Operation): SchemaObject[] =>
  operation.responses.flatMap((r) => (/^2\d\d$/u.test(r.status) && typeof r.schema === 'object' ? [r.schema as SchemaObject] : []));

/** The top-level fields the operation's success responses document. */
export const documentedFields = (operation: Operation): Set<string> => shownFields(operation);

/**
 * The documented schema of a response field by its dotted path (`notifications.new_message.enabled`);
 * undefined where the description stops saying (a free-form `configuration` object's members).
 */
export function documentedField(operation: Operation, path: string): JsonSchema | undefined {
  for (const schema of successSchemas(operation)) {
    let node: JsonSchema | undefined = schema as JsonSchema;
    for (const step of path.split('.')) {
      const properties: Record<string, JsonSchema> | undefined = typeof node === 'object' ? (node.properties as Record<string, JsonSchema> | undefined) : undefined;
      node = properties && Object.hasOwn(properties, step) ? properties[step] : undefined;
    }
    if (node !== undefined) return node;
  }
  return undefined;
}

/** The body parameters of a create or update whose field its response documents: the ones echoed. */
export const echoedParameters = (operation: Operation): string[] =>
  Object.keys((operation.requestBody?.schema as SchemaObject | undefined)?.properties ?? {}).filter((name) =>
    documentedFields(operation).has(snakeCase(name).split('.')[0]!),
  );
