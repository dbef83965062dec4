import type { JsonSchema } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { schemaFacets } from './schemaFacets.js';

/** Every facet that changed between two versions of one field's schema, as `${prefix}-${facet}` changes. */
export function emitFacets(emit: Emit, prefix: string, field: string, name: string, before: JsonSchema, after: JsonSchema): void {
  for (const facet of schemaFacets(before, after)) {
    emit(`${prefix}-${facet.event}`, { field, name, before: facet.before, after: facet.after });
  }
}
