import { pageSizeFor } from '../spec/pageSizeFor.js';
import { snakeCase } from '../spec/snakeCase.js';
import { successStatuses } from '../spec/successStatuses.js';
import { firstFailure } from './support/firstFailure.js';
import { ListReads } from './support/ListReads.js';
import {
  defaultPageSizeFailure,
  emptyNextPageFailure,
  endlessPagesFailure,
  filteredListFailure,
  missingAtEndFailure,
  pageMetaFailure,
  repeatedItemFailure,
} from './support/pageFailures.js';
import { reprOf, statusOf } from './support/reprOf.js';
import { statusFailure } from './support/statusFailure.js';
import type { Failure, SequenceCheck, Step } from './types.js';

type Repr = Record<string, unknown>;
/** A walk through the pages of one page size: the page it is on, and where each item was first seen. */
type Walk = { page: number; size: number; seen: Map<unknown, number> };

const DEFAULT_PAGE_SIZE = 50;

/** One page of a walk: right `meta`, new items, and next_page_url null exactly when none of ours is left. */
function pageFailure(walk: Walk, step: Step, key: string, ours: readonly Repr[]): Failure | undefined {
  const body = reprOf(step.outcome);
  const failure =
    statusFailure(statusOf(step.outcome), [200], 'pagination', `page ${walk.page}`) ??
    pageMetaFailure(body, key, walk.page, walk.size) ??
    repeatedItemFailure(walk.page, body[key] as Repr[], walk.seen);
  if (failure) return failure;
  const next = body.meta.next_page_url;
  return next === null || next === undefined ? missingAtEndFailure(walk.page, ours, walk.seen) : endlessPagesFailure(walk.page);
}

/**
 * Paging (docs/conformance.md `pagination`), over the steps of the pagination sequence: what its creates
 * made, then a list by PageSize walked through next_page_url, a list without PageSize (the default
 * size), and lists with a filter (only what the filter names).
 */
export const pagination: SequenceCheck = {
  id: 'pagination',
  judges: 'sequence',
  run({ resource }, steps) {
    const key = resource.listKey ?? '';
    const ours: Repr[] = [];
    const reads = new ListReads(resource.listKey, 'pagination');
    let walk: Walk | undefined;
    let filter: [string, string][] = [];
    const filtered = (items: Repr[]) => filteredListFailure(filter[0]![0], filter.map(([, value]) => value), items, snakeCase(filter[0]![0]));
    return firstFailure(steps, (step) => {
      if (step.action === 'create') {
        ours.push(reprOf(step.outcome));
        return statusFailure(statusOf(step.outcome), successStatuses(resource.operations.create, 201), 'pagination', 'create before paging');
      }
      if (step.action === 'next page' && walk) {
        const previous = walk.page;
        walk.page += 1;
        return emptyNextPageFailure(previous, statusOf(step.outcome), reprOf(step.outcome)[key]) ?? pageFailure(walk, step, key, ours);
      }
      if (step.action === 'next page') return reads.judge(step, filtered);
      if (step.action !== 'list') return undefined;
      walk = undefined;
      filter = step.query.filter(([name]) => name !== 'PageSize');
      if (filter.length > 0) return reads.judge(step, filtered);
      const size = step.query.find(([name]) => name === 'PageSize')?.[1];
      // Twilio's default of 50 says nothing of a list whose PageSize cannot reach it (a channel's webhooks: 5).
      if (size === undefined) return pageSizeFor(resource.operations.list, DEFAULT_PAGE_SIZE) === DEFAULT_PAGE_SIZE ? defaultPageSizeFailure(reprOf(step.outcome).meta?.page_size, DEFAULT_PAGE_SIZE) : undefined;
      walk = { page: 0, size: Number(size), seen: new Map() };
      return pageFailure(walk, step, key, ours);
    });
  },
};
