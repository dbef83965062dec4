import type fc from 'fast-check';
import { codePointLength, firstCodePoints } from './codePoints.js';

/**
 * Appends a fresh tag to every value, cutting the value's end when value and tag would pass
 * `maxLength` code points. The tag is drawn each time a value is made (shrinking too), so no two
 * creates of a run share an identity. No unmapper: a tag cannot be told from the text before it.
 */
export function uniqueTagged(text: fc.Arbitrary<string>, unique: () => string, maxLength?: number): fc.Arbitrary<string> {
  return text.map((value) => {
    const tag = unique();
    const room = maxLength === undefined ? Infinity : maxLength - codePointLength(tag);
    return (codePointLength(value) > room ? firstCodePoints(value, room) : value) + tag;
  });
}
