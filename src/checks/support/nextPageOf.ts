/** A list page's link to the next one: Twilio's `meta.next_page_url`, or the 2010 API's `next_page_uri`; undefined on the last page. */
export function nextPageOf(body: Record<string, any> | undefined): string | undefined {
  const next: unknown = body?.meta?.next_page_url ?? body?.next_page_uri;
  return typeof next === 'string' ? next : undefined;
}
