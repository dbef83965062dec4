import type { Operation } from '../spec/types.js';
import type { Change, Facts, Rule } from './types.js';

/** Records a change of one operation by rule id; the family diffs call it, the rule table words it. */
export type Emit = (id: string, facts: Facts) => void;

export function emitterFor(rules: Readonly<Record<string, Rule>>, operation: Operation, into: Change[]): Emit {
  return (id, facts) => {
    const rule = rules[id];
    if (!rule) throw new Error(`apiconform diff: no rule ${id}`);
    into.push({
      id,
      level: rule.level,
      specId: operation.specId,
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      message: `${operation.operationId}: ${rule.text(facts)}`,
      ...(facts.field ? { field: facts.field } : {}),
      ...(facts.before !== undefined ? { before: facts.before } : {}),
      ...(facts.after !== undefined ? { after: facts.after } : {}),
      ...(rule.descriptionOnly ? { descriptionOnly: true } : {}),
    });
  };
}
