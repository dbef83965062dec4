import type { Failure } from '../types.js';

/** How far the target's clock may be from ours before "now" stops meaning now. */
const CLOCK_SKEW_MS = 24 * 3600 * 1000;

const ms = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
/** Within the allowed clock skew of now; a missing or unreadable date is not. */
const isNow = (value: unknown, now: number): boolean => Math.abs(ms(value) - now) <= CLOCK_SKEW_MS;
const timestamps = (message: string): Failure => ({ check: 'timestamps', kind: 'sequence', message });

/** A plain create (no dates sent): date_updated equal to date_created, and both the time of the create. */
export function plainCreateFailure(made: Record<string, unknown>, now: number): Failure | undefined {
  if (made.date_created !== made.date_updated) {
    return timestamps(`a create without DateUpdated has date_created ${String(made.date_created)} but date_updated ${String(made.date_updated)}`);
  }
  if (!isNow(made.date_created, now)) return timestamps(`date_created ${String(made.date_created)} is not the time of the create`);
  return undefined;
}

/** A create restored from a backup: the DateCreated and DateUpdated it sent come back as sent. */
export function restoredCreateFailure(old: Record<string, unknown>, created: string, updated: string): Failure | undefined {
  if (ms(old.date_created) === ms(created) && ms(old.date_updated) === ms(updated)) return undefined;
  return timestamps(`DateCreated/DateUpdated sent as ${created}/${updated} came back as ${String(old.date_created)}/${String(old.date_updated)}`);
}

/** An update without dates: date_updated moves to the time of the update, date_created stays. */
export function undatedUpdateFailure(old: Record<string, unknown>, after: Record<string, unknown>, now: number): Failure | undefined {
  if (!isNow(after.date_updated, now)) {
    return timestamps(`an update without DateUpdated left date_updated at ${String(after.date_updated)}; it must move to the time of the update`);
  }
  if (after.date_created !== old.date_created) {
    return timestamps(`an update without DateCreated changed date_created from ${String(old.date_created)} to ${String(after.date_created)}`);
  }
  return undefined;
}
