import type { CheckId } from '../../checkIds.js';
import type { Failure, Step } from '../types.js';
import { reprOf, statusOf } from './reprOf.js';
import { nextPageOf } from './nextPageOf.js';
import { statusFailure } from './statusFailure.js';

/** A list read follows next_page_url for at most this many pages after its first. */
export const MAX_LIST_PAGES = 1000;

type Items = Record<string, unknown>[];

/**
 * The list reads of a sequence, page by page (a `list` step, then its `next page` steps): each page a
 * 200 with the list's array, under `check`. Once a read's last page is in (no next_page_url, or the
 * page limit), `whole` judges every item it read and the step that started it.
 */
export class ListReads {
  private read: { items: Items; page: number } | undefined;

  constructor(
    private readonly key: string | undefined,
    private readonly check: CheckId,
  ) {}

  judge(step: Step, whole: (items: Items) => Failure | undefined): Failure | undefined {
    if (step.action === 'list' || !this.read) this.read = { items: [], page: 0 };
    else this.read.page += 1;
    const read = this.read;
    if (read.page >= MAX_LIST_PAGES) return this.end(read.items, whole);
    const body = reprOf(step.outcome);
    const failure =
      statusFailure(statusOf(step.outcome), [200], this.check, 'list') ??
      (Array.isArray(body[this.key ?? '']) ? undefined : { check: this.check, kind: 'sequence', message: `a list page has no "${this.key}" array` });
    if (failure) return failure;
    read.items.push(...(body[this.key ?? ''] as Items));
    return nextPageOf(body) === undefined ? this.end(read.items, whole) : undefined;
  }

  private end(items: Items, whole: (items: Items) => Failure | undefined): Failure | undefined {
    this.read = undefined;
    return whole(items);
  }
}
