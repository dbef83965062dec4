import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceClient } from './SequenceClient.js';
import { reprOf } from '../../checks/support/reprOf.js';
import { resourceRules } from '../../spec/resourceRules.js';

const PAST_CREATED = '2020-01-01T00:00:00Z';
const PAST_UPDATED = '2020-01-02T00:00:00Z';
/**
 * Dates the target sets itself: a plain create; where the create takes both dates and there is an
 * update, a create restored from a backup (DateCreated and DateUpdated in the past), then an update of
 * that one without dates. (The timestamps check judges what they got.)
 */
export async function timestampsSequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const create = resource.operations.create!;
  const body = ((create.requestBody?.schema as any)?.properties ?? {}) as Record<string, unknown>;
  const unique = resourceRules(resource.listPath).uniqueParameter;
  if (!unique) return;
  await client.send({ action: 'create', form: [[unique, `plain${session.uniqueFor(resource)()}`]] });
  if (!('DateCreated' in body && 'DateUpdated' in body) || !resource.operations.update) return;
  const restored = await client.send({
    action: 'create',
    form: [[unique, `restored${session.uniqueFor(resource)()}`], ['DateCreated', PAST_CREATED], ['DateUpdated', PAST_UPDATED]],
  });
  await client.send({ action: 'update', id: String(reprOf(restored).sid), form: [['Attributes', '{"touched":true}']] });
}
