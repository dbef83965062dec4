import fc from 'fast-check';
import { compileSchema } from '../../spec/compileSchema.js';
import { patternString } from '../patternString.js';
import { schemaKeyword } from '../schemaKeyword.js';
import type { Mutation } from '../types.js';
import { currentValue } from './currentValue.js';
import { withSlot } from './withSlot.js';

/** Same length, one character off: the first one changed (`RL…` → `ZL…`), else the last. */
const nearMisses = (valid: string): string[] => {
  const chars = [...valid];
  if (chars.length === 0) return ['!'];
  const first = chars[0] === 'Z' ? 'Y' : 'Z';
  return [[first, ...chars.slice(1)].join(''), [...chars.slice(0, -1), '!'].join(''), '!'.repeat(chars.length)];
};

/**
 * A value that keeps the length but breaks the pattern (RoleSid, ProxyIdentifierSid, path SIDs): the
 * case's own value, or a matching sample, with one character changed. The first near miss that
 * breaks only `pattern` is sent, so the case names one rule.
 */
export const wrongPattern: Mutation = (base, slots) =>
  slots.flatMap((slot) => {
    const pattern = schemaKeyword(slot.schema, 'pattern', 'string');
    if (pattern === undefined) return [];
    const valid = currentValue(base, slot) ?? fc.sample(patternString(pattern), { seed: 1, numRuns: 1 })[0]!;
    const validate = compileSchema(slot.schema);
    const miss = nearMisses(valid).find((value) => {
      const issues = validate(value);
      return issues.length > 0 && issues.every((issue) => issue.keyword === 'pattern');
    });
    if (miss === undefined) return [];
    return [withSlot(base, slot, { set: miss }, { rule: 'pattern', description: `${slot.name} does not match ${pattern}` })];
  });
