import { schemaTypes } from '../../spec/decodeWireValue.js';
import { prefixesOfPattern } from '../../spec/sids.js';
import type { JsonSchema } from '../../spec/types.js';
import type { ResourceNode } from '../model/ResourceNode.js';
import { propertiesOf } from '../model/successResponse.js';
import { patternValue } from '../values/patternValue.js';
import type { Collection } from '../resources/Collection.js';
import type { EmulatorState, Fields } from '../types.js';

export interface NewId {
  /** The id as the path names it (the collection's key). */
  id: string;
  /** The id as the representation holds it (a number for an index). */
  value: unknown;
}

const patternOf = (schema: JsonSchema | undefined): string | undefined =>
  typeof schema === 'object' && typeof schema.pattern === 'string' ? schema.pattern : undefined;

/** The pattern the instance path documents for the id (where the representation documents none). */
function pathPattern(node: ResourceNode): string | undefined {
  const { fetch, update, delete: remove, idParam } = { ...node.resource.operations, idParam: node.resource.idParam };
  const params = [fetch, update, remove].flatMap((operation) => operation?.parameters.path ?? []);
  return params.map((param) => (param.name === idParam ? patternOf(param.schema) : undefined)).find((found) => found !== undefined);
}

/**
 * The id of a new item: the value sent for its id field (a Sync map item's key), the next position
 * for an integer id (a list item's index), else a SID with the prefix the field's pattern documents
 * (`^(SM|MM)…` gives SM; the instance path's pattern where the field has none) or another
 * string its pattern accepts (`aia_asst_…`).
 */
export function mintId(node: ResourceNode, schema: JsonSchema | undefined, sent: Fields, items: Collection, state: EmulatorState): NewId {
  const given = sent[node.idField];
  if (given !== undefined && given !== null && typeof given !== 'object') return { id: String(given), value: given };
  const property = propertiesOf(schema)[node.idField] ?? {};
  const types = schemaTypes(property);
  if (types.includes('integer') || types.includes('number')) return { id: String(items.inserted), value: items.inserted };
  const pattern = patternOf(property) ?? pathPattern(node);
  const prefix = prefixesOfPattern(pattern)[0] ?? (pattern === undefined ? node.resource.sidPrefix : undefined);
  if (prefix !== undefined || pattern === undefined) {
    const sid = state.mintSid(prefix ?? 'XX');
    return { id: sid, value: sid };
  }
  const id = patternValue(pattern, state.mintSid(''), node.resource.sidPrefix ?? 'XX') ?? state.mintSid('XX');
  return { id, value: id };
}
