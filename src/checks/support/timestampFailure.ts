import type { Failure } from '../types.js';

const seconds = (value: unknown): number => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : Number.NaN);
const timestamps = (message: string): Failure => ({ check: 'timestamps', kind: 'sequence', message });

/** A create: `date_created ≤ date_updated`, and equal when the client sent no DateUpdated. The first rule broken, if any. */
export function createTimestampFailure(repr: Record<string, unknown>, sent: ReadonlySet<string>): Failure | undefined {
  if (!('date_created' in repr) || !('date_updated' in repr)) return undefined;
  const created = seconds(repr.date_created);
  const updated = seconds(repr.date_updated);
  if (!sent.has('DateUpdated') && created !== updated) {
    return timestamps(`a create without DateUpdated must have date_updated = date_created; got ${String(repr.date_created)} and ${String(repr.date_updated)}`);
  }
  if (!sent.has('DateUpdated') && !sent.has('DateCreated') && !(created <= updated)) {
    return timestamps(`date_created ${String(repr.date_created)} is after date_updated ${String(repr.date_updated)}`);
  }
  return undefined;
}

/** An update: date_created kept unless sent; date_updated never moves backwards unless sent. The first rule broken, if any. */
export function updateTimestampFailure(before: Record<string, unknown>, after: Record<string, unknown>, sent: ReadonlySet<string>): Failure | undefined {
  if (!('date_updated' in after)) return undefined;
  if (!sent.has('DateCreated') && after.date_created !== before.date_created) {
    return timestamps(`an update without DateCreated changed date_created from ${String(before.date_created)} to ${String(after.date_created)}`);
  }
  if (!sent.has('DateUpdated') && seconds(after.date_updated) < seconds(before.date_updated)) {
    return timestamps(`an update moved date_updated backwards, from ${String(before.date_updated)} to ${String(after.date_updated)}`);
  }
  return undefined;
}
