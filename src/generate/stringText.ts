import fc from 'fast-check';
import type { JsonSchema } from '../spec/types.js';
import { codePointLength } from './codePoints.js';
import { formatString } from './formatString.js';
import { hostileString } from './hostileString.js';
import { jsonText } from './jsonText.js';
import { patternString } from './patternString.js';
import { schemaKeyword } from './schemaKeyword.js';

export interface StringTextOptions {
  /** Longest value for a string with no maxLength, in code points. */
  maxStringLength: number;
  /** Header values keep to visible ASCII. */
  kind: 'text' | 'header';
}

const JSON_MEDIA = /^application\/(.+\+)?json$/u;

/** Strings a string schema accepts: its format, JSON document, pattern, or hostile text within its lengths. */
export function stringText(schema: JsonSchema, options: StringTextOptions): fc.Arbitrary<string> {
  const minLength = schemaKeyword(schema, 'minLength', 'number') ?? 0;
  const maxLength = schemaKeyword(schema, 'maxLength', 'number');
  const format = schemaKeyword(schema, 'format', 'string');
  const mediaType = schemaKeyword(schema, 'contentMediaType', 'string');
  const pattern = schemaKeyword(schema, 'pattern', 'string');
  const special =
    (format !== undefined ? formatString(format) : undefined) ??
    (mediaType !== undefined && JSON_MEDIA.test(mediaType) ? jsonText : undefined) ??
    (pattern !== undefined ? patternString(pattern) : undefined);
  if (special) {
    // Lengths on top of a format or pattern: rarely binding (a SID's pattern fixes its length).
    if (minLength === 0 && maxLength === undefined) return special;
    return special.filter((text) => {
      const length = codePointLength(text);
      return length >= minLength && length <= (maxLength ?? Infinity);
    });
  }
  const max = maxLength ?? Math.max(minLength, options.maxStringLength);
  return hostileString({ minLength, maxLength: max }, options.kind);
}
