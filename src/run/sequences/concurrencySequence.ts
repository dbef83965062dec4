import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { resourceRules } from '../../spec/resourceRules.js';
import type { SequenceClient } from './SequenceClient.js';
import { SequenceViolation } from './SequenceViolation.js';
import { reprOf } from './lifecycleModel.js';
import { isExchange } from '../../http/isExchange.js';

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
  const refused = distinct.filter((o) => !isExchange(o) || o.response.status !== 201);
  if (refused.length > 0) {
    const example = refused[0]!;
    throw new SequenceViolation('concurrency', `${refused.length} of ${DISTINCT} concurrent creates with distinct ${unique} values failed (first: ${!isExchange(example) ? example.code : example.response.status})`, example);
  }
  const sids = distinct.map((o) => reprOf(o as Exchange).sid as unknown);
  if (new Set(sids).size !== DISTINCT) throw new SequenceViolation('concurrency', `${DISTINCT} concurrent creates gave only ${new Set(sids).size} distinct SIDs`, distinct[0]!);
  const listed = new Set((await client.listAll('concurrency')).map((item) => item.sid));
  const absent = sids.filter((sid) => !listed.has(sid));
  if (absent.length > 0) throw new SequenceViolation('concurrency', `${absent.length} of ${DISTINCT} concurrently created items are missing from the list (${absent[0]})`, client.last!);
  const same = await fire(new Array<string>(SAME).fill(`together${session.uniqueFor(resource)()}`));
  for (const outcome of same) session.created.noteCreate(resource, create, outcome);
  const statuses = same.map((o) => (!isExchange(o) ? o.code : o.response.status));
  const created = statuses.filter((s) => s === 201).length;
  const conflicts = statuses.filter((s) => s === 409).length;
  if (created !== 1 || conflicts !== SAME - 1) {
    throw new SequenceViolation('concurrency', `${SAME} concurrent creates of one ${unique}: ${created} × 201 and ${conflicts} × 409; expected 1 and ${SAME - 1}`, same.find((o) => isExchange(o) && o.response.status === 201) ?? same[0]!);
  }
}
