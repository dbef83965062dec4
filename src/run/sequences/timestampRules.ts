import type { Exchange } from '../../http/types.js';
import { SequenceViolation } from './SequenceViolation.js';

const seconds = (value: unknown): number => (typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : Number.NaN);

/** A create: `date_created ≤ date_updated`, and equal when the client sent no DateUpdated. */
export function checkCreateTimestamps(repr: Record<string, unknown>, sent: ReadonlySet<string>, exchange: Exchange): void {
  if (!('date_created' in repr) || !('date_updated' in repr)) return;
  const created = seconds(repr.date_created);
  const updated = seconds(repr.date_updated);
  if (!sent.has('DateUpdated') && created !== updated) {
    throw new SequenceViolation('timestamps', `a create without DateUpdated must have date_updated = date_created; got ${String(repr.date_created)} and ${String(repr.date_updated)}`, exchange);
  }
  if (!sent.has('DateUpdated') && !sent.has('DateCreated') && !(created <= updated)) {
    throw new SequenceViolation('timestamps', `date_created ${String(repr.date_created)} is after date_updated ${String(repr.date_updated)}`, exchange);
  }
}

/** An update: date_created kept unless sent; date_updated never moves backwards unless sent. */
export function checkUpdateTimestamps(before: Record<string, unknown>, after: Record<string, unknown>, sent: ReadonlySet<string>, exchange: Exchange): void {
  if (!('date_updated' in after)) return;
  if (!sent.has('DateCreated') && after.date_created !== before.date_created) {
    throw new SequenceViolation('timestamps', `an update without DateCreated changed date_created from ${String(before.date_created)} to ${String(after.date_created)}`, exchange);
  }
  if (!sent.has('DateUpdated') && seconds(after.date_updated) < seconds(before.date_updated)) {
    throw new SequenceViolation('timestamps', `an update moved date_updated backwards, from ${String(before.date_updated)} to ${String(after.date_updated)}`, exchange);
  }
}
