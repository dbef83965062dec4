/**
 * Origin and request target of an absolute URL, the path left exactly as written: no WHATWG
 * normalisation, so `%2E%2E` or `%2F` in a segment goes out as built.
 */
export function splitUrl(url: string): { origin: string; path: string } {
  const match = /^(https?:\/\/[^/?#]+)([^#]*)/iu.exec(url);
  if (!match) throw new Error(`not an absolute http(s) URL: ${url}`);
  const path = match[2] === '' ? '/' : match[2]!;
  return { origin: new URL(match[1]!).origin, path: path.startsWith('/') ? path : `/${path}` };
}
