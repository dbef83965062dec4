/**
 * Where a list's next page is, on our target: an absolute URL keeps the target's origin (a target may
 * answer with Twilio's public host); a path (the 2010 API's `next_page_uri`, relative to the API's base
 * URL as Twilio writes it) goes below the spec's base URL.
 */
export function pageUrl(next: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (next.startsWith('/') && !next.startsWith('//')) return `${base.origin}${base.pathname.replace(/\/$/u, '')}${next}`;
  const url = new URL(next, base);
  return `${base.origin}${url.pathname}${url.search}`;
}
