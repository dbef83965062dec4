import type { Failure, Step } from '../types.js';
import { unansweredFailure } from './sequenceAnswers.js';

/** A step's own rules: the first one it breaks, if any (`index`: where the step is in the sequence). */
export type StepRule = (step: Step, index: number) => Failure | undefined;

/**
 * A sequence's verdict: its steps judged in order, each first for an answer, then by `rule`. The first
 * broken rule is the verdict, as the sequence stopped there; it names the step that shows it. A rule
 * keeps what the steps so far made (live resources, pages read): judge each sequence with a fresh one.
 */
export function firstFailure(steps: readonly Step[], rule: StepRule): Failure[] {
  for (const [index, step] of steps.entries()) {
    const failure = unansweredFailure(step) ?? rule(step, index);
    if (failure) return [{ ...failure, step: failure.step ?? index }];
  }
  return [];
}
