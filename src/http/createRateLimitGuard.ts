/**
 * A run-wide budget for 429s: a target that answers nothing but 429 for `windowMs` (at least
 * `minAnswers` of them, no other answer in between) is given up on, instead of being retried until
 * the run's deadline. Any other answer starts the budget afresh, so bursts of 429s never exhaust it.
 */
export interface RateLimitGuard {
  /** Notes the status of one answer. */
  note(status: number): void;
  /** Why the target was given up on, once it has been; then nothing more is sent. */
  readonly exhausted: string | undefined;
}

export interface RateLimitBudget {
  /** How long only 429s may come back. Default 20 s. */
  windowMs?: number;
  /** How many 429s in a row at least, however long they took. Default 5. */
  minAnswers?: number;
}

export function createRateLimitGuard({ windowMs = 20_000, minAnswers = 5 }: RateLimitBudget = {}, now: () => number = Date.now): RateLimitGuard {
  let since: number | undefined;
  let inARow = 0;
  let exhausted: string | undefined;
  return {
    note(status) {
      if (status !== 429) {
        since = undefined;
        inARow = 0;
        return;
      }
      const at = now();
      since ??= at;
      inARow += 1;
      if (exhausted === undefined && inARow >= minAnswers && at - since >= windowMs) {
        exhausted = `${inARow} answers in a row were 429 over ${((at - since) / 1000).toFixed(1)} s`;
      }
    },
    get exhausted() {
      return exhausted;
    },
  };
}
