import type { Operation } from '../spec/types.js';
import type { Emit } from './emitter.js';
import { show } from './show.js';
import type { Rule } from './types.js';

export const OPERATION_RULES: Record<string, Rule> = {
  'operation-added': { level: 'info', text: (f) => `${f.field} added; must serve ${f.name}` },
  'operation-removed': { level: 'breaking', text: (f) => `${f.field} removed; need no longer serve ${f.name}` },
  'operation-id-changed': { level: 'warning', text: (f) => `operationId ${show(f.before)} → ${show(f.after)}; generated clients rename the call` },
};

/** `/v2/Services/{ServiceSid}/Channels` and `/v2/Services/{Sid}/Channels` are one endpoint. */
export const operationKey = (operation: Operation): string => `${operation.method} ${operation.path.replace(/\{[^}]+\}/gu, '{}')}`;

export function operationIdChanges(before: Operation, after: Operation, emit: Emit): void {
  if (before.operationId !== after.operationId) {
    emit('operation-id-changed', { field: 'operationId', name: after.operationId, before: before.operationId, after: after.operationId });
  }
}

export const addedOrRemoved = (operation: Operation, emit: Emit, id: 'operation-added' | 'operation-removed'): void =>
  emit(id, { field: 'operation', name: `${operation.method} ${operation.path}` });
