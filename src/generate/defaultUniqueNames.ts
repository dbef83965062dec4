import { schemaTypes } from '../spec/decodeWireValue.js';
import { resourceRules } from '../spec/resourceRules.js';
import type { Operation } from '../spec/types.js';
import { bodyVariants } from './bodyVariants.js';

const PLAIN_EXCLUDES = ['pattern', 'format', 'enum', 'const', 'contentMediaType'];

/**
 * The body properties that name what a create makes (Chat `Identity`, Proxy `Identifier`, Conversations
 * `Identity` / `MessagingBinding.Address`): required, or required by an anyOf branch, plain strings;
 * and, on a create, the unique parameter the rules table names for its path, whichever file describes
 * it (Twilio's own Conversations file makes `Identity` optional; it is still one per conversation).
 */
export function defaultUniqueNames(operation: Operation): string[] {
  if (!operation.requestBody) return [];
  const names = new Set<string>();
  const ruled = operation.kind === 'create' ? resourceRules(operation.path).uniqueParameter : undefined;
  for (const fields of bodyVariants(operation.requestBody.schema)) {
    for (const { name, schema, required } of fields) {
      const plain = typeof schema === 'object' && !PLAIN_EXCLUDES.some((keyword) => keyword in schema);
      if ((required || name === ruled) && plain && schemaTypes(schema).includes('string')) names.add(name);
    }
  }
  return [...names];
}
