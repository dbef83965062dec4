import type { Operation } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { emitFacets } from './emitFacets.js';
import { requestSchemaRules } from './requestSchemaRules.js';
import { show } from './show.js';
import type { Rule } from './types.js';
import { walkProperties } from './walkProperties.js';

export const REQUEST_BODY_RULES: Record<string, Rule> = {
  'request-body-media-type-changed': {
    level: 'breaking',
    text: (f) => `request body media type ${show(f.before)} → ${show(f.after)}; must accept ${show(f.after)}`,
  },
  'request-body-became-required': { level: 'breaking', text: () => 'request body became required; must reject requests without one' },
  'request-body-became-optional': { level: 'info', text: () => 'request body became optional; must accept requests without one' },
  'new-required-request-property': { level: 'breaking', text: (f) => `${f.field} added, required; must require ${f.name}` },
  'new-optional-request-property': { level: 'info', text: (f) => `${f.field} added, optional; must accept ${f.name}` },
  'request-property-removed': { level: 'warning', text: (f) => `${f.field} removed; need no longer accept ${f.name}` },
  'request-property-became-required': { level: 'breaking', text: (f) => `${f.field} became required; must reject requests without ${f.name}` },
  'request-property-became-optional': { level: 'info', text: (f) => `${f.field} became optional; must accept requests without ${f.name}` },
  ...requestSchemaRules('request-property'),
};

/** The body's media type and requiredness, and each body field (form fields, dotted names and nested JSON alike). */
export function requestBodyChanges(before: Operation, after: Operation, emit: Emit): void {
  const [was, now] = [before.requestBody, after.requestBody];
  if (was && now && was.mediaType !== now.mediaType) {
    emit('request-body-media-type-changed', { field: 'request body', name: 'body', before: was.mediaType, after: now.mediaType });
  }
  if (Boolean(was?.required) !== Boolean(now?.required) && was && now) {
    emit(now.required ? 'request-body-became-required' : 'request-body-became-optional', { field: 'request body', name: 'body' });
  }
  const [old, fields] = [walkProperties(was?.schema), walkProperties(now?.schema)];
  for (const [name, field] of fields) {
    const label = `body ${name}`;
    const prior = old.get(name);
    if (!prior) {
      emit(field.required ? 'new-required-request-property' : 'new-optional-request-property', { field: label, name });
      continue;
    }
    if (prior.required !== field.required) {
      emit(field.required ? 'request-property-became-required' : 'request-property-became-optional', { field: label, name });
    }
    emitFacets(emit, 'request-property', label, name, prior.schema, field.schema);
  }
  for (const name of old.keys()) if (!fields.has(name)) emit('request-property-removed', { field: `body ${name}`, name });
}
