import type { Operation } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { emitFacets } from './emitFacets.js';
import { pairResponses } from './responseChanges.js';
import { responseSchemaRules } from './responseSchemaRules.js';
import type { Rule } from './types.js';

export const HEADER_RULES: Record<string, Rule> = {
  'new-required-response-header': { level: 'info', text: (f) => `${f.field} added, required; must send ${f.name}` },
  'new-optional-response-header': { level: 'info', text: (f) => `${f.field} added; may send ${f.name}` },
  'response-required-header-removed': { level: 'breaking', text: (f) => `${f.field} removed; need no longer send ${f.name}` },
  'response-optional-header-removed': { level: 'warning', text: (f) => `${f.field} removed; need no longer send ${f.name}` },
  'response-header-became-required': { level: 'info', text: (f) => `${f.field} became required; must always send ${f.name}` },
  'response-header-became-optional': { level: 'breaking', text: (f) => `${f.field} became optional; may leave out ${f.name}` },
  ...responseSchemaRules('response-header'),
};

/** Response headers (matched case-insensitively) added, removed, required or optional, or with another schema. */
export function headerChanges(before: Operation, after: Operation, emit: Emit): void {
  for (const [was, now] of pairResponses(before, after)) {
    const old = new Map(was.headers.map((h) => [h.name.toLowerCase(), h]));
    const headers = new Map(now.headers.map((h) => [h.name.toLowerCase(), h]));
    const label = (name: string) => `response ${now.status} header ${name}`;
    for (const [key, header] of headers) {
      const prior = old.get(key);
      if (!prior) {
        emit(header.required ? 'new-required-response-header' : 'new-optional-response-header', { field: label(header.name), name: header.name });
        continue;
      }
      if (prior.required !== header.required) {
        emit(header.required ? 'response-header-became-required' : 'response-header-became-optional', { field: label(header.name), name: header.name });
      }
      emitFacets(emit, 'response-header', label(header.name), header.name, prior.schema, header.schema);
    }
    for (const [key, prior] of old) {
      if (headers.has(key)) continue;
      emit(prior.required ? 'response-required-header-removed' : 'response-optional-header-removed', { field: label(prior.name), name: prior.name });
    }
  }
}
