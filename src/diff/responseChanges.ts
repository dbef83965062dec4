import type { Operation, ResponseSpec } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { show } from './show.js';
import type { Rule } from './types.js';

const success = (status: string) => /^2/u.test(status);

export const RESPONSE_RULES: Record<string, Rule> = {
  'response-success-status-added': { level: 'info', text: (f) => `${f.field} added; may answer ${f.name}` },
  'response-non-success-status-added': { level: 'info', text: (f) => `${f.field} added; may answer ${f.name}` },
  'response-success-status-removed': { level: 'breaking', text: (f) => `${f.field} removed; must no longer answer ${f.name}` },
  'response-non-success-status-removed': { level: 'info', text: (f) => `${f.field} removed; must no longer answer ${f.name}` },
  'response-media-type-changed': {
    level: 'breaking',
    text: (f) => `${f.field} media type ${show(f.before)} → ${show(f.after)}; must answer ${show(f.after)}`,
  },
  'response-body-added': { level: 'info', text: (f) => `${f.field} now has a ${show(f.after)} body; must send it` },
  'response-body-removed': { level: 'breaking', text: (f) => `${f.field} no longer has a body; must send none` },
  'response-description-changed': { level: 'info', descriptionOnly: true, text: (f) => `${f.field} description changed; no change in behaviour` },
};

/** The responses both releases document, by status, as pairs. */
export function pairResponses(before: Operation, after: Operation): [ResponseSpec, ResponseSpec][] {
  return after.responses.flatMap((now) => {
    const was = before.responses.find((r) => r.status === now.status);
    return was ? [[was, now] as [ResponseSpec, ResponseSpec]] : [];
  });
}

/** Statuses added or removed, and each kept status's media type, body and description. */
export function responseChanges(before: Operation, after: Operation, emit: Emit): void {
  for (const now of after.responses) {
    if (before.responses.some((r) => r.status === now.status)) continue;
    const kind = success(now.status) ? 'success' : 'non-success';
    emit(`response-${kind}-status-added`, { field: `response ${now.status}`, name: now.status });
  }
  for (const was of before.responses) {
    if (after.responses.some((r) => r.status === was.status)) continue;
    const kind = success(was.status) ? 'success' : 'non-success';
    emit(`response-${kind}-status-removed`, { field: `response ${was.status}`, name: was.status });
  }
  for (const [was, now] of pairResponses(before, after)) {
    const field = `response ${now.status}`;
    if (was.mediaType && now.mediaType && was.mediaType !== now.mediaType) {
      emit('response-media-type-changed', { field, name: now.status, before: was.mediaType, after: now.mediaType });
    } else if (!was.mediaType && now.mediaType) {
      emit('response-body-added', { field, name: now.status, after: now.mediaType });
    } else if (was.mediaType && !now.mediaType) {
      emit('response-body-removed', { field, name: now.status, before: was.mediaType });
    }
    if (was.description !== now.description) emit('response-description-changed', { field, name: now.status, before: was.description, after: now.description });
  }
}
