import fc from 'fast-check';
import { validCase } from '../../generate/validCase.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { reprOf } from './lifecycleModel.js';
import { resourceRules } from '../../spec/resourceRules.js';
import { changedByRefusalFailure, listGrewFailure } from '../../checks/support/refusedWrites.js';
import { statusFailure } from '../../checks/support/statusFailure.js';
import type { SequenceClient } from './SequenceClient.js';
import { stopOn } from './SequenceViolation.js';

/**
 * A second create of the same unique value under the same parent answers 409 and creates nothing;
 * so does an update that would give a second resource that value, and both stay as they were.
 */
export async function conflictSequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const unique = resourceRules(resource.listPath).uniqueParameter;
  const create = resource.operations.create!;
  if (!unique) return;
  const [generated] = fc.sample(validCase(create, client.fixtures, { unique: session.uniqueFor(resource), uniqueNames: [unique] }), {
    seed: session.seedFor(create, 'conflict'),
    numRuns: 1,
  });
  const value = generated!.form?.find(([name]) => name === unique)?.[1] ?? `conflict${session.uniqueFor(resource)()}`;
  const first = await client.send({ operation: 'create', form: [[unique, value]] });
  client.expectStatus(first, [201], 'conflict', `create ${unique}=${JSON.stringify(value)}`);
  const before = await client.listAll('conflict');
  const second = await client.send({ operation: 'create', form: [[unique, value]], refused: true });
  stopOn(statusFailure(second.response.status, [409], 'conflict', `a second create of ${unique}=${JSON.stringify(value)}`), second);
  const after = await client.listAll('conflict');
  stopOn(listGrewFailure(before.length, after.length), second);
  await updateConflict(session, resource, client, unique, value, reprOf(first));
}

/** Whether the update operation documents the unique parameter (Conversations `Identity`; not Chat). */
const updatable = (resource: Resource, unique: string): boolean =>
  Object.hasOwn(((resource.operations.update?.requestBody?.schema as any)?.properties ?? {}) as object, unique);

/** Create a second resource, update it to the first one's unique value: 409, and both unchanged when fetched. */
async function updateConflict(
  session: RunSession,
  resource: Resource,
  client: SequenceClient,
  unique: string,
  taken: string,
  holder: Record<string, unknown>,
): Promise<void> {
  if (!updatable(resource, unique) || !resource.operations.fetch) return;
  const value = `other${session.uniqueFor(resource)()}`;
  const made = await client.send({ operation: 'create', form: [[unique, value]] });
  client.expectStatus(made, [201], 'conflict', `create ${unique}=${JSON.stringify(value)}`);
  const other = reprOf(made);
  const update = await client.send({ operation: 'update', id: String(other.sid), form: [[unique, taken]], refused: true });
  const why = `an update of ${String(other.sid)} to the ${unique} ${JSON.stringify(taken)} of ${String(holder.sid)}`;
  stopOn(statusFailure(update.response.status, [409], 'conflict', why), update);
  for (const [was, name] of [[other, 'the updated resource'], [holder, 'the holder']] as const) {
    const fetched = await client.send({ operation: 'fetch', id: String(was.sid) });
    client.expectStatus(fetched, [200], 'conflict', `fetch ${name} after the refused update`);
    stopOn(changedByRefusalFailure(name, was, reprOf(fetched)), update);
  }
}
