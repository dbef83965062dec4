import type { Operation } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { emitFacets } from './emitFacets.js';
import { responseSchemaRules } from './responseSchemaRules.js';
import { pairResponses } from './responseChanges.js';
import type { Rule } from './types.js';
import { walkProperties } from './walkProperties.js';

export const RESPONSE_PROPERTY_RULES: Record<string, Rule> = {
  'response-required-property-added': { level: 'info', text: (f) => `${f.field} added, required; must return ${f.name}` },
  'response-optional-property-added': { level: 'info', text: (f) => `${f.field} added; may return ${f.name}` },
  'response-required-property-removed': { level: 'breaking', text: (f) => `${f.field} removed; need no longer return ${f.name}` },
  'response-optional-property-removed': { level: 'warning', text: (f) => `${f.field} removed; need no longer return ${f.name}` },
  'response-property-became-required': { level: 'info', text: (f) => `${f.field} became required; must always return ${f.name}` },
  'response-property-became-optional': { level: 'breaking', text: (f) => `${f.field} became optional; may leave out ${f.name}` },
  ...responseSchemaRules('response-property'),
};

/** Each property of each response body both releases document: added, removed, nullable, type, format, pattern, enum. */
export function responsePropertyChanges(before: Operation, after: Operation, emit: Emit): void {
  for (const [was, now] of pairResponses(before, after)) {
    if (was.schema === undefined || now.schema === undefined) continue;
    const [old, fields] = [walkProperties(was.schema), walkProperties(now.schema)];
    const label = (name: string) => `response ${now.status} ${name}`;
    for (const [name, field] of fields) {
      const prior = old.get(name);
      if (!prior) {
        emit(field.required ? 'response-required-property-added' : 'response-optional-property-added', { field: label(name), name });
        continue;
      }
      if (prior.required !== field.required) {
        emit(field.required ? 'response-property-became-required' : 'response-property-became-optional', { field: label(name), name });
      }
      emitFacets(emit, 'response-property', label(name), name, prior.schema, field.schema);
    }
    for (const [name, prior] of old) {
      if (fields.has(name)) continue;
      emit(prior.required ? 'response-required-property-removed' : 'response-optional-property-removed', { field: label(name), name });
    }
  }
}
