import type { Scenario, StepAction } from '../../checks/types.js';
import type { OperationKind } from '../../spec/types.js';

/** The operation each action of a sequence sends. */
export const OPERATION_OF: Record<StepAction, OperationKind> = {
  create: 'create',
  'create again': 'create',
  'create together': 'create',
  fetch: 'fetch',
  'fetch after delete': 'fetch',
  update: 'update',
  'update to a taken value': 'update',
  delete: 'delete',
  'delete after delete': 'delete',
  list: 'list',
  'next page': 'list',
};

const REFUSALS: readonly StepAction[] = ['create again', 'fetch after delete', 'delete after delete', 'update to a taken value'];

/**
 * How the exchange checks judge a step's answer: a request the sequence sends to be refused is
 * `refused` (the sequence check judges its status; the exchange checks only the shape of the answer).
 */
export const scenarioOf = (action: StepAction): Scenario => (REFUSALS.includes(action) ? 'refused' : 'positive');
