import fc from 'fast-check';
import { HarnessError } from '../errors.js';

const built = new Map<string, fc.Arbitrary<string>>();

/**
 * Strings matching a JSON Schema `pattern` (ECMA-262, unicode): `^RL[0-9a-fA-F]{32}$` gives `RL` + 32
 * hex digits. Built once per pattern: the same few SID patterns recur in every operation.
 */
export function patternString(pattern: string): fc.Arbitrary<string> {
  let arbitrary = built.get(pattern);
  if (arbitrary) return arbitrary;
  try {
    arbitrary = fc.stringMatching(new RegExp(pattern, 'u'));
  } catch (error) {
    throw new HarnessError('SPEC_INVALID', `cannot generate strings for pattern ${pattern}: ${(error as Error).message}`);
  }
  built.set(pattern, arbitrary);
  return arbitrary;
}
