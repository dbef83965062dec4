import type { Hooks } from '../hooks.js';
import type { Item } from '../types.js';

export interface PageRequest {
  pageSize: number;
  page: number;
  token?: string;
}

export interface Page {
  items: Item[];
  /** Token of the page before this one (undefined: address it by its index). */
  previousToken?: string;
  /** Token of the next page; undefined exactly when no item is left after this page. */
  nextToken?: string;
}

/** `PA12`: the items after seq 12; `PB12`: the items before it. Any other token is ignored. */
const TOKEN = /^P([AB])(\d{1,15})$/u;

function window(all: readonly Item[], { pageSize, page, token }: PageRequest): { items: Item[]; anchor: number } {
  const parsed = token === undefined ? undefined : TOKEN.exec(token);
  if (parsed?.[1] === 'A') {
    const after = Number(parsed[2]);
    return { items: all.filter((item) => item.seq > after).slice(0, pageSize), anchor: Number.POSITIVE_INFINITY };
  }
  if (parsed?.[1] === 'B') {
    const before = Number(parsed[2]);
    const earlier = all.filter((item) => item.seq < before);
    return { items: earlier.slice(Math.max(0, earlier.length - pageSize)), anchor: before - 1 };
  }
  return { items: all.slice(page * pageSize, (page + 1) * pageSize), anchor: Number.POSITIVE_INFINITY };
}

/**
 * One page of items in creation order. Pages are linked by the sequence number of the item at their
 * edge, not by offset, so following `next_page_url` walks every item once even if items come and go.
 */
export function paginate(all: readonly Item[], request: PageRequest, hooks: Hooks): Page {
  const { items, anchor } = window(all, request);
  const last = items[items.length - 1];
  const following = all.filter((item) => item.seq > (last?.seq ?? anchor));
  const page: Page = { items };
  if (items.length > 0 && request.page > 0) page.previousToken = `PB${items[0]!.seq}`;
  if (following.length > 0) {
    const from = last && hooks.nextAnchor ? hooks.nextAnchor(last, following) : last;
    page.nextToken = `PA${from?.seq ?? anchor}`;
  }
  return page;
}
