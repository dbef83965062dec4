import { HarnessError } from '../errors.js';
import type { Operation } from '../spec/types.js';

/** Path parameter values: the ids given for this case first, then the fixtures (the parents). */
export function pathValues(operation: Operation, fixtures: Record<string, string>, ids: Record<string, string> = {}): Record<string, string> {
  const path: Record<string, string> = {};
  for (const { name } of operation.parameters.path) {
    const value = ids[name] ?? fixtures[name];
    if (value === undefined) {
      throw new HarnessError(
        'FIXTURE',
        `${operation.method} ${operation.path}: no value for path parameter ${name} (give it in the fixtures, or as ids.${name})`,
      );
    }
    path[name] = value;
  }
  return path;
}
