import type { Operation, Parameter } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { emitFacets } from './emitFacets.js';
import { requestSchemaRules } from './requestSchemaRules.js';
import type { Rule } from './types.js';

export const PARAMETER_RULES: Record<string, Rule> = {
  'new-required-request-parameter': { level: 'breaking', text: (f) => `${f.field} added, required; must require ${f.name}` },
  'new-optional-request-parameter': { level: 'info', text: (f) => `${f.field} added, optional; must accept ${f.name}` },
  'request-parameter-removed': { level: 'warning', text: (f) => `${f.field} removed; need no longer accept ${f.name}` },
  'request-parameter-became-required': { level: 'breaking', text: (f) => `${f.field} became required; must reject requests without ${f.name}` },
  'request-parameter-became-optional': { level: 'info', text: (f) => `${f.field} became optional; must accept requests without ${f.name}` },
  ...requestSchemaRules('request-parameter'),
};

/** Path parameters by position (a renamed `{Sid}` is the same slot), the others by location and name. */
function byKey(operation: Operation): Map<string, Parameter> {
  const map = new Map<string, Parameter>();
  const slots = [...operation.path.matchAll(/\{([^}]+)\}/gu)].map((m) => m[1]);
  for (const param of Object.values(operation.parameters).flat()) {
    const slot = param.in === 'path' ? slots.indexOf(param.name) : -1;
    map.set(slot >= 0 ? `path#${slot}` : `${param.in}:${param.name}`, param);
  }
  return map;
}

/** Path, query, header and cookie parameters added, removed, made required or optional, or constrained differently. */
export function parameterChanges(before: Operation, after: Operation, emit: Emit): void {
  const [old, now] = [byKey(before), byKey(after)];
  for (const [key, param] of now) {
    const field = `${param.in} ${param.name}`;
    const was = old.get(key);
    if (!was) {
      emit(param.required ? 'new-required-request-parameter' : 'new-optional-request-parameter', { field, name: param.name });
      continue;
    }
    if (was.required !== param.required) {
      emit(param.required ? 'request-parameter-became-required' : 'request-parameter-became-optional', { field, name: param.name });
    }
    emitFacets(emit, 'request-parameter', field, param.name, was.schema, param.schema);
  }
  for (const [key, param] of old) {
    if (!now.has(key)) emit('request-parameter-removed', { field: `${param.in} ${param.name}`, name: param.name });
  }
}
