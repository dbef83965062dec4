import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceClient } from './SequenceClient.js';
import { SequenceViolation } from './SequenceViolation.js';
import { reprOf } from './lifecycleModel.js';
import { resourceRules } from '../../spec/resourceRules.js';

const PAST_CREATED = '2020-01-01T00:00:00Z';
const PAST_UPDATED = '2020-01-02T00:00:00Z';
/** How far the target's clock may be from ours before "now" stops meaning now. */
const CLOCK_SKEW_MS = 24 * 3600 * 1000;

const ms = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
/** Within the allowed clock skew of now; a missing or unreadable date is not. */
const isNow = (value: unknown): boolean => Math.abs(ms(value) - Date.now()) <= CLOCK_SKEW_MS;

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
  if (made.date_created !== made.date_updated) {
    throw new SequenceViolation('timestamps', `a create without DateUpdated has date_created ${String(made.date_created)} but date_updated ${String(made.date_updated)}`, plain);
  }
  if (!isNow(made.date_created)) {
    throw new SequenceViolation('timestamps', `date_created ${String(made.date_created)} is not the time of the create`, plain);
  }
  if (!('DateCreated' in body && 'DateUpdated' in body) || !resource.operations.update) return;
  const restored = await client.send({
    operation: 'create',
    form: [[unique, `restored${session.uniqueFor(resource)()}`], ['DateCreated', PAST_CREATED], ['DateUpdated', PAST_UPDATED]],
  });
  client.expectStatus(restored, [201], 'timestamps', 'create with DateCreated and DateUpdated');
  const old = reprOf(restored);
  if (ms(old.date_created) !== ms(PAST_CREATED) || ms(old.date_updated) !== ms(PAST_UPDATED)) {
    throw new SequenceViolation('timestamps', `DateCreated/DateUpdated sent as ${PAST_CREATED}/${PAST_UPDATED} came back as ${String(old.date_created)}/${String(old.date_updated)}`, restored);
  }
  const updated = await client.send({ operation: 'update', id: String(old.sid), form: [['Attributes', '{"touched":true}']] });
  client.expectStatus(updated, [200], 'timestamps', 'update');
  const after = reprOf(updated);
  if (!isNow(after.date_updated)) {
    throw new SequenceViolation('timestamps', `an update without DateUpdated left date_updated at ${String(after.date_updated)}; it must move to the time of the update`, updated);
  }
  if (after.date_created !== old.date_created) {
    throw new SequenceViolation('timestamps', `an update without DateCreated changed date_created from ${String(old.date_created)} to ${String(after.date_created)}`, updated);
  }
}
