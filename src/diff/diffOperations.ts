import type { Operation } from '../spec/types.js';
import { emitterFor, type Emit } from './emitter.js';
import { headerChanges } from './headerChanges.js';
import { addedOrRemoved, operationIdChanges, operationKey } from './operationChanges.js';
import { parameterChanges } from './parameterChanges.js';
import { requestBodyChanges } from './requestBodyChanges.js';
import { responseChanges } from './responseChanges.js';
import { responsePropertyChanges } from './responsePropertyChanges.js';
import { RULES } from './rules.js';
import { securityChanges } from './securityChanges.js';
import type { Change } from './types.js';

/** Each family looks at one part of an operation present in both releases. */
const FAMILIES: ((before: Operation, after: Operation, emit: Emit) => void)[] = [
  operationIdChanges, parameterChanges, requestBodyChanges, responseChanges, responsePropertyChanges, headerChanges, securityChanges,
];

/**
 * The changes between two releases of one spec, operation by operation: operations are matched by
 * method and path (path parameter names aside), so a renamed operationId is a change, not a removal.
 */
export function diffOperations(before: readonly Operation[], after: readonly Operation[]): Change[] {
  const changes: Change[] = [];
  const old = new Map(before.map((op) => [operationKey(op), op]));
  const now = new Set(after.map(operationKey));
  for (const operation of after) {
    const emit = emitterFor(RULES, operation, changes);
    const was = old.get(operationKey(operation));
    if (!was) addedOrRemoved(operation, emit, 'operation-added');
    else for (const family of FAMILIES) family(was, operation, emit);
  }
  for (const operation of before) {
    if (!now.has(operationKey(operation))) addedOrRemoved(operation, emitterFor(RULES, operation, changes), 'operation-removed');
  }
  return changes;
}
