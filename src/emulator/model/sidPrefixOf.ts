import { prefixesOfPattern } from '../../spec/sids.js';
import type { JsonSchema } from '../../spec/types.js';
import { representationSchema } from './representationSchema.js';
import type { ResourceNode } from './ResourceNode.js';
import { propertiesOf } from './successResponse.js';

const patternOf = (schema: JsonSchema | undefined): unknown => (typeof schema === 'object' ? schema.pattern : undefined);

/**
 * The SID prefix of a resource's instance ids, where the description documents one: the pattern of the
 * id field (`^US[0-9a-fA-F]{32}$` → `US`), else the resource's `sid` prefix when the id field is `sid`.
 * Undefined for ids that are no SIDs (a phone number, a country code, a key).
 */
export function sidPrefixOf(node: ResourceNode): string | undefined {
  const property = propertiesOf(representationSchema(node.resource))[node.idField];
  const prefix = prefixesOfPattern(patternOf(property))[0];
  if (prefix !== undefined) return prefix;
  return node.idField === 'sid' ? node.resource.sidPrefix : undefined;
}
