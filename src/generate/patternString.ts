import fc from 'fast-check';
import { HarnessError } from '../errors.js';

/** Strings matching a JSON Schema `pattern` (ECMA-262, unicode): `^RL[0-9a-fA-F]{32}$` gives `RL` + 32 hex digits. */
export function patternString(pattern: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern, 'u'));
  } catch (error) {
    throw new HarnessError('SPEC_INVALID', `cannot generate strings for pattern ${pattern}: ${(error as Error).message}`);
  }
}
