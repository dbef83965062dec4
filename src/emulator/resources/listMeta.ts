import type { Page, PageRequest } from './paginate.js';

export interface ListMeta {
  first_page_url: string;
  key: string;
  next_page_url: string | null;
  page: number;
  page_size: number;
  previous_page_url: string | null;
  url: string;
}

const query = (pairs: readonly (readonly [string, string])[]): string =>
  pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');

/**
 * Twilio's list `meta`. Every URL keeps the list's filters (`filters`, e.g. repeated Identity), so
 * following `next_page_url` stays on the same filtered list.
 */
export function listMeta(
  base: string,
  key: string,
  request: PageRequest,
  page: Page,
  filters: readonly (readonly [string, string])[] = [],
): ListMeta {
  const url = (index: number, token?: string): string =>
    `${base}?${query([
      ...filters,
      ['PageSize', String(request.pageSize)],
      ['Page', String(index)],
      ...(token === undefined ? [] : [['PageToken', token] as const]),
    ])}`;
  return {
    first_page_url: url(0),
    key,
    next_page_url: page.nextToken === undefined ? null : url(request.page + 1, page.nextToken),
    page: request.page,
    page_size: request.pageSize,
    previous_page_url: request.page > 0 ? url(request.page - 1, page.previousToken) : null,
    url: url(request.page, request.token),
  };
}
