import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceClient } from './SequenceClient.js';
import { plainCreateFailure, restoredCreateFailure, undatedUpdateFailure } from '../../checks/support/datesTheTargetSets.js';
import { stopOn } from './SequenceViolation.js';
import { reprOf } from './lifecycleModel.js';
import { resourceRules } from '../../spec/resourceRules.js';

const PAST_CREATED = '2020-01-01T00:00:00Z';
const PAST_UPDATED = '2020-01-02T00:00:00Z';
/**
 * Dates the target sets itself: a create restored from a backup (DateCreated and DateUpdated in the
 * past) echoes them; an update without dates then moves date_updated to now and keeps date_created.
 * A plain create has date_updated equal to date_created.
 */
export async function timestampsSequence(session: RunSession, resource: Resource, client: SequenceClient): Promise<void> {
  const create = resource.operations.create!;
  const body = ((create.requestBody?.schema as any)?.properties ?? {}) as Record<string, unknown>;
  const unique = resourceRules(resource.listPath).uniqueParameter;
  if (!unique) return;
  const plain = await client.send({ operation: 'create', form: [[unique, `plain${session.uniqueFor(resource)()}`]] });
  client.expectStatus(plain, [201], 'timestamps', 'create');
  const made = reprOf(plain);
  stopOn(plainCreateFailure(made, Date.now()), plain);
  if (!('DateCreated' in body && 'DateUpdated' in body) || !resource.operations.update) return;
  const restored = await client.send({
    operation: 'create',
    form: [[unique, `restored${session.uniqueFor(resource)()}`], ['DateCreated', PAST_CREATED], ['DateUpdated', PAST_UPDATED]],
  });
  client.expectStatus(restored, [201], 'timestamps', 'create with DateCreated and DateUpdated');
  const old = reprOf(restored);
  stopOn(restoredCreateFailure(old, PAST_CREATED, PAST_UPDATED), restored);
  const updated = await client.send({ operation: 'update', id: String(old.sid), form: [['Attributes', '{"touched":true}']] });
  client.expectStatus(updated, [200], 'timestamps', 'update');
  stopOn(undatedUpdateFailure(old, reprOf(updated), Date.now()), updated);
}
