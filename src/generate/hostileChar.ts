import fc from 'fast-check';

/** Characters that break careless encoders: URL and form delimiters, quotes, spaces. */
export const RESERVED = ['/', '?', '#', '%', '&', '+', '=', ' ', "'", '"', '<', '>', '\\', ';', ':', '@', ',', '.', '~', '*'];

/** Letters first: a failing value shrinks towards `a`. */
const plain = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
const reserved = fc.constantFrom(...RESERVED);
// Single code points only (a string's length is its number of pieces); joiners and skin-tone
// modifiers come as pieces of their own and combine by chance.
const emoji = fc.constantFrom('😀', '🎉', '👍', '\u{1F3FD}', '🇫', '🇷', '🦄', '\u{1F9EA}', '\u200D');
const scripts = fc.constantFrom('é', 'ß', 'Ω', 'Ж', 'ש', 'ع', '中', '文', 'ア', '한', 'ñ', '\u0301', '\u00A0', '\uFEFF');
/** Any code point that is not a control character nor a lone surrogate (those cannot go on the wire as UTF-8). */
const anyCodePoint = fc
  .integer({ min: 0x20, max: 0x10ffff })
  .filter((code) => !(code >= 0x7f && code <= 0x9f) && !(code >= 0xd800 && code <= 0xdfff))
  .map(
    (code) => String.fromCodePoint(code),
    (text) => {
      if (typeof text !== 'string' || [...text].length !== 1) throw new Error('not one code point');
      return text.codePointAt(0)!;
    },
  );

/** One hostile-but-valid code point: mostly plain letters, often delimiters, emoji and other scripts. */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: reserved, weight: 3 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: scripts, weight: 1 },
  { arbitrary: anyCodePoint, weight: 1 },
);

/** Visible ASCII and inner spaces: what a header value can carry unchanged. */
export const headerChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: fc.constantFrom(...'!#$%&*+-.^_`|~/?=:;,"()<>@[]{} '), weight: 2 },
);
