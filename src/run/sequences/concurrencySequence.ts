import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { resourceRules } from '../../spec/resourceRules.js';
import type { SequenceClient } from './SequenceClient.js';

const DISTINCT = 50;
const SAME = 20;

/**
 * Concurrent creates: 50 with distinct values of the unique parameter sent together, the whole list
 * read, then 20 with one value sent together. (The concurrency check judges what they got.)
 */
export async function concurrencySequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const unique = resourceRules(resource.listPath).uniqueParameter;
  if (!unique) return;
  await client.createTogether(Array.from({ length: DISTINCT }, (_, i) => [[unique, `parallel${i}${session.uniqueFor(resource)()}`]]));
  await client.listAll();
  const value = `together${session.uniqueFor(resource)()}`;
  await client.createTogether(Array.from({ length: SAME }, () => [[unique, value]]));
}
