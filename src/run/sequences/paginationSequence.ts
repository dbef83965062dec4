import fc from 'fast-check';
import { validCase } from '../../generate/validCase.js';
import type { Exchange } from '../../http/types.js';
import type { Resource } from '../../spec/types.js';
import { snakeCase } from '../../spec/snakeCase.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceClient } from './SequenceClient.js';
import {
  defaultPageSizeFailure,
  emptyNextPageFailure,
  endlessPagesFailure,
  filteredListFailure,
  missingAtEndFailure,
  pageMetaFailure,
  repeatedItemFailure,
} from '../../checks/support/pageFailures.js';
import { stopOn } from './SequenceViolation.js';
import { reprOf } from './lifecycleModel.js';
import { pageSizeFor } from '../pageSizeFor.js';
import { successStatuses } from '../successStatuses.js';

const PAGE_SIZE = 3;
const DEFAULT_PAGE_SIZE = 50;

/**
 * Creates more items than a page holds, then walks the pages: every item once, none repeated,
 * `meta` right on each page, `next_page_url` null exactly at the end; the default page size is 50;
 * a list filter (Chat `Identity`, repeated) returns only the items it names.
 */
export async function paginationSequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const key = resource.listKey!;
  const create = resource.operations.create!;
  const cases = fc.sample(validCase(create, client.fixtures, { unique: session.uniqueFor(resource) }), { seed: session.seedFor(create, 'pagination'), numRuns: 2 * PAGE_SIZE + 1 });
  const ours: Record<string, unknown>[] = [];
  for (const generated of cases) {
    const exchange = await client.send({ operation: 'create', form: generated.form ?? [] });
    client.expectStatus(exchange, successStatuses(resource.operations.create, 201), 'pagination', 'create before paging');
    ours.push(reprOf(exchange));
  }
  const seen = new Map<unknown, number>();
  let exchange = await client.send({ operation: 'list', query: [['PageSize', String(PAGE_SIZE)]] });
  for (let page = 0; ; page += 1) {
    client.expectStatus(exchange, [200], 'pagination', `page ${page}`);
    const body = reprOf(exchange);
    stopOn(pageMetaFailure(body, key, page, PAGE_SIZE), exchange);
    stopOn(repeatedItemFailure(page, body[key] as Record<string, unknown>[], seen), exchange);
    const next = body.meta.next_page_url;
    if (next === null || next === undefined) {
      stopOn(missingAtEndFailure(page, ours, seen), exchange);
      break;
    }
    stopOn(endlessPagesFailure(page), exchange);
    exchange = await client.follow(String(next));
    stopOn(emptyNextPageFailure(page, exchange.response.status, reprOf(exchange)[key]), exchange);
  }
  const whole = await client.send({ operation: 'list' });
  const size = reprOf(whole).meta?.page_size;
  // Twilio's default of 50 says nothing of a list whose PageSize cannot reach it (a channel's webhooks: 5).
  if (pageSizeFor(resource.operations.list, DEFAULT_PAGE_SIZE) === DEFAULT_PAGE_SIZE) stopOn(defaultPageSizeFailure(size, DEFAULT_PAGE_SIZE), whole);
  await checkFilters(client, resource, ours);
}

/** A list query parameter that is an array named like a create parameter filters by that field. */
async function checkFilters(client: SequenceClient, resource: Resource, ours: Record<string, unknown>[]): Promise<void> {
  const bodyProperties = Object.keys(((resource.operations.create?.requestBody?.schema as any)?.properties ?? {}) as object);
  for (const param of resource.operations.list!.parameters.query) {
    const isArray = typeof param.schema === 'object' && param.schema.type === 'array';
    if (!isArray || !bodyProperties.includes(param.name)) continue;
    const field = snakeCase(param.name);
    const values = ours.map((item) => item[field]).filter((value): value is string => typeof value === 'string');
    // Only a field that names one item each (Identity) says how many a filter must return; a Chat
    // channel's Type does not (every public channel of the service matches).
    if (new Set(values).size !== values.length) continue;
    const wanted = values.slice(0, 2);
    if (wanted.length < 2) continue;
    const items = await client.listAll('pagination', 50, wanted.map((value) => [param.name, value]));
    const exchange = client.last as Exchange;
    stopOn(filteredListFailure(param.name, wanted, items, field), exchange);
  }
}
