import fc from 'fast-check';
import { headerChar, hostileChar } from './hostileChar.js';

export interface LengthRange {
  /** In code points. */
  minLength: number;
  maxLength: number;
}

const join = (chars: string[]): string => chars.join('');
const split = (text: unknown): string[] => {
  if (typeof text !== 'string') throw new Error('not a string');
  return [...text];
};

/**
 * A string of `minLength`..`maxLength` code points, one code point per array item, so the array's
 * shrinker makes it short and plain. Most values are short; one in four is drawn up to the limit
 * (both branches share the bounds, so a long value shrinks as well as a short one).
 */
export function hostileString(range: LengthRange, kind: 'text' | 'header' = 'text'): fc.Arbitrary<string> {
  const char = kind === 'header' ? headerChar : hostileChar;
  const bounds = { minLength: range.minLength, maxLength: range.maxLength };
  const chars = fc.oneof(
    { arbitrary: fc.array(char, { ...bounds, size: 'small' }), weight: 3 },
    { arbitrary: fc.array(char, { ...bounds, size: 'max' }), weight: 1 },
  );
  const text = chars.map(join, split);
  // A header value loses its outer spaces on the wire; keep only what arrives unchanged.
  return kind === 'header' ? text.filter((value) => value.trim() === value) : text;
}
