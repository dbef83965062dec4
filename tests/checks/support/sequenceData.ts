import { LIST_URL, listPage } from './bodies.js';
import type { Answer } from './answer.js';
import type { SpecId } from './subjects.js';

/** The n-th SID of a prefix, for sequences that need many distinct ones. */
export const nthSid = (prefix: string, n: number): string => `${prefix}${n.toString(16).padStart(32, 'f')}`;

/** The pages a conforming target answers for these items at this page size (`next_page_url` to the end). */
export function pagesOf(specId: SpecId, items: Record<string, unknown>[], size: number): Answer[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, page) => ({
    status: 200,
    json: listPage(specId, items.slice(page * size, (page + 1) * size), {
      page,
      page_size: size,
      next_page_url: page + 1 < count ? `${LIST_URL[specId]}?PageSize=${size}&Page=${page + 1}` : null,
    }),
  }));
}
