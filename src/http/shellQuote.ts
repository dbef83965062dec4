/** One POSIX shell word: single-quoted, an embedded `'` written as `'\''`. */
export const shellQuote = (text: string): string => `'${text.replace(/'/gu, `'\\''`)}'`;
