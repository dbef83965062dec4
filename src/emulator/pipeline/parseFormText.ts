/** Thrown for text that is not valid `application/x-www-form-urlencoded` (a 400, never a 500). */
export class MalformedEncoding extends Error {
  override readonly name = 'MalformedEncoding';
}

/** Strict percent-decoding: `%zz` or an invalid UTF-8 sequence is an error, not kept as text. */
export function decodeStrict(text: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? text.replace(/\+/gu, ' ') : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw new MalformedEncoding(`Malformed percent-encoding in ${JSON.stringify(text.slice(0, 80))}`);
  }
}

/** `a=1&b=x%20y&a=2` → `[['a','1'],['b','x y'],['a','2']]`, in order; empty pieces are skipped. */
export function parseFormText(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const name = equals < 0 ? piece : piece.slice(0, equals);
    const value = equals < 0 ? '' : piece.slice(equals + 1);
    pairs.push([decodeStrict(name, true), decodeStrict(value, true)]);
  }
  return pairs;
}
