import type { Failure } from '../../../src/checks/types.js';
import { SequenceViolation } from '../../../src/run/sequences/SequenceViolation.js';
import type { Expected } from './expected.js';

/** One recorded sequence (or the data a sequence helper takes) and the failures it must give. */
export interface SequenceCase<R> {
  name: string;
  record: R;
  expect: Expected[];
}

/** A sequence check's cases and how today's helpers judge their records. */
export interface SequenceTable<R> {
  judge: (record: R) => Promise<Failure[]>;
  cases: SequenceCase<R>[];
}

/** A helper's verdict as failures: a violation becomes one, as the run records it (kind `sequence`). */
export async function failuresOf(run: () => unknown): Promise<Failure[]> {
  try {
    await run();
    return [];
  } catch (error) {
    if (!(error instanceof SequenceViolation)) throw error;
    return [{ check: error.check, kind: 'sequence', message: error.message }];
  }
}

/** A sequence that passed must have asked for every recorded answer: otherwise it stopped short. */
export function allReplayed(failures: Failure[], unused: number): Failure[] {
  if (failures.length === 0 && unused > 0) throw new Error(`the sequence passed but left ${unused} recorded answer(s) unasked`);
  return failures;
}
