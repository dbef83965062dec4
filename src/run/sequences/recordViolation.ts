import type { CheckId } from '../../checkIds.js';
import type { FailureReport } from '../report.js';
import type { Tally } from '../tally.js';
import type { SequenceViolation } from './SequenceViolation.js';

/**
 * Records a sequence's violation under its own check, and, when that is not the check the sequence
 * was run for, fails that one too: a check whose sequence was cut short was not judged, and must not
 * pass. A violation of a check the run did not select is reported under the running check only.
 */
export function recordViolation(
  tally: Tally,
  running: CheckId,
  selected: readonly CheckId[],
  violation: SequenceViolation,
  extra: Partial<FailureReport>,
): void {
  const own = selected.includes(violation.check) ? violation.check : running;
  tally.get(own).cases ||= 1;
  tally.fail([{ check: own, kind: 'sequence', message: violation.message }], violation.outcome, extra);
  if (own !== running) {
    const message = `could not be judged: the scenario stopped when ${violation.check} failed (${violation.message})`;
    tally.fail([{ check: running, kind: 'not_judged', message }], violation.outcome, extra);
  }
}
