import fc from 'fast-check';
import { validCase } from '../../generate/validCase.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session.js';
import { RESOURCE_RULES } from './resourceRules.js';
import type { SequenceClient } from './SequenceClient.js';
import { SequenceViolation } from './SequenceViolation.js';

/** A second create of the same unique value under the same parent answers 409 and creates nothing. */
export async function conflictScenario(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const unique = RESOURCE_RULES[resource.specId]?.uniqueParameter;
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
  const second = await client.send({ operation: 'create', form: [[unique, value]] });
  if (second.response.status !== 409) {
    throw new SequenceViolation('conflict', `a second create of ${unique}=${JSON.stringify(value)}: Received ${second.response.status} / Expected 409`, second);
  }
  const after = await client.listAll('conflict');
  if (after.length !== before.length) {
    throw new SequenceViolation('conflict', `the refused duplicate still changed the list from ${before.length} to ${after.length} items`, second);
  }
}
