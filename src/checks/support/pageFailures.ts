import type { Failure } from '../types.js';

const pagination = (message: string): Failure => ({ check: 'pagination', kind: 'sequence', message });

/** One page of a list: `meta` names its key, page and size, gives its URLs, and holds at most a page of items. */
export function pageMetaFailure(body: Record<string, any>, key: string, page: number, pageSize: number): Failure | undefined {
  const meta = body?.meta ?? {};
  const wrong = (what: string) => pagination(`page ${page}: ${what}`);
  if (meta.key !== key) return wrong(`meta.key is ${JSON.stringify(meta.key)}, expected "${key}"`);
  if (meta.page !== page) return wrong(`meta.page is ${JSON.stringify(meta.page)}, expected ${page}`);
  if (meta.page_size !== pageSize) return wrong(`meta.page_size is ${JSON.stringify(meta.page_size)}, expected ${pageSize}`);
  if (typeof meta.first_page_url !== 'string' || typeof meta.url !== 'string') return wrong('meta.first_page_url and meta.url must be given');
  if (page === 0 && meta.previous_page_url !== null) return wrong(`meta.previous_page_url is ${JSON.stringify(meta.previous_page_url)} on page 0, expected null`);
  const items = body?.[key];
  if (!Array.isArray(items) || items.length > pageSize) return wrong(`holds ${Array.isArray(items) ? items.length : 'no'} items; at most ${pageSize} expected`);
  return undefined;
}

/** A list read without PageSize has the documented default page size. */
export function defaultPageSizeFailure(size: unknown, documented: number): Failure | undefined {
  return size === documented ? undefined : pagination(`a list without PageSize has meta.page_size ${JSON.stringify(size)}; the default is ${documented}`);
}

/** A list filtered by values of one field holds exactly the items with those values. */
export function filteredListFailure(param: string, wanted: readonly string[], items: readonly Record<string, unknown>[], field: string): Failure | undefined {
  const strays = items.filter((item) => !wanted.includes(item[field] as string));
  if (strays.length === 0 && items.length === wanted.length) return undefined;
  return pagination(`list filtered by ${param}=${wanted.map((w) => JSON.stringify(w)).join(',')} returned ${items.length} items (${strays.length} others); expected exactly ${wanted.length}`);
}

/** A page's items are new: none was on an earlier page (or earlier on this one). Records them in `seen`, by page. */
export function repeatedItemFailure(page: number, items: readonly Record<string, unknown>[], seen: Map<unknown, number>): Failure | undefined {
  for (const item of items) {
    if (seen.has(item.sid)) return pagination(`page ${page} repeats ${String(item.sid)} (first on page ${seen.get(item.sid)})`);
    seen.set(item.sid, page);
  }
  return undefined;
}

/** The last page (no next_page_url): every item the sequence created appeared on some page. */
export function missingAtEndFailure(page: number, ours: readonly Record<string, unknown>[], seen: ReadonlyMap<unknown, number>): Failure | undefined {
  const missing = ours.filter((item) => !seen.has(item.sid));
  return missing.length === 0 ? undefined : pagination(`next_page_url is null on page ${page}, but ${missing.map((m) => m.sid).join(', ')} never appeared`);
}

/** next_page_url ends within 1000 pages. */
export const endlessPagesFailure = (page: number): Failure | undefined =>
  page > 1000 ? pagination('more than 1000 pages: next_page_url never ends') : undefined;

/** A next_page_url leads to items: the page it names is not an empty 200. */
export function emptyNextPageFailure(page: number, status: number, items: unknown): Failure | undefined {
  return status === 200 && Array.isArray(items) && items.length === 0 ? pagination(`page ${page} gave a next_page_url, but no item was left`) : undefined;
}
