import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { resourceRules } from '../../spec/resourceRules.js';
import type { SequenceClient } from './SequenceClient.js';
import { distinctCreatesFailure, missingFromListFailure, sameCreatesFailure } from '../../checks/support/concurrentCreates.js';
import { stopWith } from './SequenceViolation.js';
import { reprOf } from './lifecycleModel.js';

const DISTINCT = 50;
const SAME = 20;

/**
 * Concurrent creates: 50 distinct identities all succeed with distinct SIDs and all appear in the
 * list; 20 creates of one identity give exactly one 201 and 409 for the rest. (The session's burst
 * client, so that the requests really are in flight together.)
 */
export async function concurrencySequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const unique = resourceRules(resource.listPath).uniqueParameter;
  const create = resource.operations.create!;
  if (!unique) return;
  const burst = session.transport.burstClient(DISTINCT);
  const fire = (values: string[]): Promise<(Exchange | TransportFailure)[]> =>
    Promise.all(values.map((value) => burst.send(session.request(client.caseFor({ operation: 'create', form: [[unique, value]] })))));
  const distinct = await fire(Array.from({ length: DISTINCT }, (_, i) => `parallel${i}${session.uniqueFor(resource)()}`));
  for (const outcome of distinct) session.created.noteCreate(resource, create, outcome);
  stopWith(distinctCreatesFailure(distinct, unique));
  const sids = distinct.map((o) => reprOf(o as Exchange).sid as unknown);
  const listed = new Set((await client.listAll('concurrency')).map((item) => item.sid));
  stopWith(missingFromListFailure(sids, listed, client.last!));
  const same = await fire(new Array<string>(SAME).fill(`together${session.uniqueFor(resource)()}`));
  for (const outcome of same) session.created.noteCreate(resource, create, outcome);
  stopWith(sameCreatesFailure(same, unique));
}
