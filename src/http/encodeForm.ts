/**
 * Twilio form encoding (`application/x-www-form-urlencoded`): pairs in order, repeated keys for
 * arrays, dotted names as they are; `&`, `=`, `+`, `%`, `/`, `#`, `?` and every non-ASCII character
 * percent-encoded, a space as `+`. Used for form bodies and query strings alike.
 */
export const encodeForm = (pairs: readonly (readonly [string, string])[]): string =>
  new URLSearchParams(pairs.map(([name, value]): [string, string] => [name, value])).toString();
