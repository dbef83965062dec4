/**
 * Origin and request target of an absolute URL, the path left exactly as written: no WHATWG
 * normalisation, so `%2E%2E` or `%2F` in a segment goes out as built.
 */
export function splitUrl(url: string): { origin: string; path: string } {
  const match = /^(https?:\/\/[^/?#]+)([^#]*)/iu.exec(url);
  if (!match) throw new Error(`not an absolute http(s) URL: ${url}`);
  const path = match[2] === '' ? '/' : match[2]!;
  return { origin: originOf(match[1]!), path: path.startsWith('/') ? path : `/${path}` };
}

/** `scheme://authority` as WHATWG spells its origin; a run has few, so they are parsed once each. */
const origins = new Map<string, string>();
function originOf(schemeAndAuthority: string): string {
  let origin = origins.get(schemeAndAuthority);
  if (origin === undefined) {
    origin = new URL(schemeAndAuthority).origin;
    if (origins.size >= 64) origins.clear();
    origins.set(schemeAndAuthority, origin);
  }
  return origin;
}
