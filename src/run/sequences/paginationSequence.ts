import fc from 'fast-check';
import { MAX_LIST_PAGES } from '../../checks/support/ListReads.js';
import { reprOf } from '../../checks/support/reprOf.js';
import { validCase } from '../../generate/validCase.js';
import type { Resource } from '../../spec/types.js';
import { snakeCase } from '../../spec/snakeCase.js';
import { pageSizeFor } from '../../spec/pageSizeFor.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceClient } from './SequenceClient.js';

const PAGE_SIZE = 3;

/**
 * Creates more items than a page holds, then walks the pages of PAGE_SIZE by next_page_url to the
 * end, reads the list without PageSize, and reads it filtered (Chat `Identity`, repeated) by values
 * of what it created. (The pagination check judges what they got.)
 */
export async function paginationSequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const create = resource.operations.create!;
  const cases = fc.sample(validCase(create, client.fixtures, { unique: session.uniqueFor(resource) }), { seed: session.seedFor(create, 'pagination'), numRuns: 2 * PAGE_SIZE + 1 });
  const ours: Record<string, unknown>[] = [];
  for (const generated of cases) ours.push(reprOf(await client.send({ action: 'create', form: generated.form ?? [] })));
  let page = await client.send({ action: 'list', query: [['PageSize', String(pageSizeFor(resource.operations.list, PAGE_SIZE))]] });
  // The check ends a walk whose next_page_url never ends, past MAX_LIST_PAGES.
  for (let followed = 1; followed <= MAX_LIST_PAGES + 1; followed += 1) {
    const next = reprOf(page).meta?.next_page_url;
    if (next === null || next === undefined) break;
    page = await client.follow(String(next));
  }
  await client.send({ action: 'list' });
  await readFiltered(client, resource, ours);
}

/** A list query parameter that is an array named like a create parameter filters by that field: read it by two of ours. */
async function readFiltered(client: SequenceClient, resource: Resource, ours: Record<string, unknown>[]): Promise<void> {
  const bodyProperties = Object.keys(((resource.operations.create?.requestBody?.schema as any)?.properties ?? {}) as object);
  for (const param of resource.operations.list!.parameters.query) {
    const isArray = typeof param.schema === 'object' && param.schema.type === 'array';
    if (!isArray || !bodyProperties.includes(param.name)) continue;
    const values = ours.map((item) => item[snakeCase(param.name)]).filter((value): value is string => typeof value === 'string');
    // Only a field that names one item each (Identity) says how many a filter must return; a Chat
    // channel's Type does not (every public channel of the service matches).
    if (new Set(values).size !== values.length) continue;
    const wanted = values.slice(0, 2);
    if (wanted.length < 2) continue;
    await client.listAll(50, wanted.map((value) => [param.name, value]));
  }
}
