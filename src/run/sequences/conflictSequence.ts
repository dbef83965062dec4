import fc from 'fast-check';
import { reprOf } from '../../checks/support/reprOf.js';
import { validCase } from '../../generate/validCase.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { resourceRules } from '../../spec/resourceRules.js';
import type { SequenceClient } from './SequenceClient.js';

/**
 * Creates a unique value, reads the list, creates the same value again under the same parent, reads
 * the list again; where the update takes the unique parameter, creates a second resource, updates it
 * to the first one's value and fetches both. (The conflict check judges what they got.)
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
  const holder = reprOf(await client.send({ action: 'create', form: [[unique, value]] }));
  await client.listAll();
  await client.send({ action: 'create again', form: [[unique, value]] });
  await client.listAll();
  await updateToTaken(session, resource, client, unique, value, String(holder.sid));
}

/** Whether the update operation documents the unique parameter (Conversations `Identity`; not Chat). */
const updatable = (resource: Resource, unique: string): boolean =>
  Object.hasOwn(((resource.operations.update?.requestBody?.schema as any)?.properties ?? {}) as object, unique);

/** Creates a second resource, updates it to the holder's unique value, then fetches both. */
async function updateToTaken(session: RunSession, resource: Resource, client: SequenceClient, unique: string, taken: string, holder: string): Promise<void> {
  if (!updatable(resource, unique) || !resource.operations.fetch) return;
  const other = String(reprOf(await client.send({ action: 'create', form: [[unique, `other${session.uniqueFor(resource)()}`]] })).sid);
  await client.send({ action: 'update to a taken value', id: other, form: [[unique, taken]] });
  for (const sid of [other, holder]) await client.send({ action: 'fetch', id: sid, by: 'sid' });
}
