import { firstFailure } from './support/firstFailure.js';
import { plainCreateFailure, restoredCreateFailure, undatedUpdateFailure } from './support/datesTheTargetSets.js';
import { reprOf, statusOf } from './support/reprOf.js';
import { statusFailure } from './support/statusFailure.js';
import type { Failure, SequenceCheck, Step } from './types.js';

const sent = (step: Step, name: string): string | undefined => step.form.find(([sentName]) => sentName === name)?.[1];

/** A create: a plain one dated now (both dates equal), one restored from a backup dated as it sent. */
function createFailure(step: Step): Failure | undefined {
  const created = sent(step, 'DateCreated');
  const updated = sent(step, 'DateUpdated');
  const restored = created !== undefined && updated !== undefined;
  const made = reprOf(step.outcome);
  return (
    statusFailure(statusOf(step.outcome), [201], 'timestamps', restored ? 'create with DateCreated and DateUpdated' : 'create') ??
    (restored ? restoredCreateFailure(made, created, updated) : plainCreateFailure(made, step.at))
  );
}

/**
 * The dates the target sets itself (docs/conformance.md `timestamps`), over the steps of the timestamps
 * sequence: its creates (plain, or restored from a backup with both dates sent) and an update without
 * dates of what a create made: date_updated moves to the time of the update, date_created stays.
 */
export const timestamps: SequenceCheck = {
  id: 'timestamps',
  judges: 'sequence',
  run(_ctx, steps) {
    const made = new Map<string, Record<string, unknown>>();
    return firstFailure(steps, (step) => {
      if (step.action === 'create') {
        const failure = createFailure(step);
        if (!failure) made.set(String(reprOf(step.outcome).sid), reprOf(step.outcome));
        return failure;
      }
      if (step.action !== 'update') return undefined;
      const old = made.get(step.sid ?? '') ?? {};
      return statusFailure(statusOf(step.outcome), [200], 'timestamps', 'update') ?? undatedUpdateFailure(old, reprOf(step.outcome), step.at);
    });
  },
};
