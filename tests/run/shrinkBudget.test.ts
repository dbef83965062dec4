// Shrinking sends requests: its budget is a count of property runs after the first failure, so a
// failing run ends after a bounded number of requests, and a seed gives the same counterexample on
// any machine. Real fast-check, a property over strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKind, SHRINK_RUNS, shrinkBudget } from '../../src/run/shrinkBudget.js';

/** Fails for strings of more than 40 characters; counts what would have been sent. */
function longStrings(budget?: number) {
  let sent = 0;
  const property = shrinkBudget(async (text: string) => {
    sent += 1;
    return text.length <= 40;
  }, budget);
  const check = () => fc.check(fc.asyncProperty(fc.string({ minLength: 100, maxLength: 400 }), property), { seed: 7, numRuns: 10 });
  return { check, sent: () => sent };
}

describe('shrinkBudget', () => {
  it('after the first failure, at most the budget of runs send anything', async () => {
    const { check, sent } = longStrings(5);
    const result = await check();
    expect(result.failed).toBe(true);
    expect(sent()).toBe(1 + 5); // the failing case, then five shrink candidates
    expect((result.counterexample![0] as string).length).toBeGreaterThan(40);
  });

  it('with the default budget it still shrinks far, and a seed gives the same counterexample', async () => {
    const first = longStrings();
    const second = longStrings();
    const [a, b] = [await first.check(), await second.check()];
    expect(first.sent()).toBeLessThanOrEqual(1 + SHRINK_RUNS);
    expect(a.counterexample![0]).toEqual(b.counterexample![0]);
    expect((a.counterexample![0] as string).length).toBe(100); // as short as the arbitrary allows
  });

  it('a property that never fails runs every case: the budget only counts after a failure', async () => {
    let sent = 0;
    const result = await fc.check(fc.asyncProperty(fc.nat(), shrinkBudget(async () => (sent += 1) > 0, 2)), { seed: 1, numRuns: 50 });
    expect(result.failed).toBe(false);
    expect(sent).toBe(50);
  });
});

describe('answerKind', () => {
  it('is the status of an answer, the code of a transport failure', () => {
    const request = { method: 'GET', url: 'http://127.0.0.1:1/', headers: {} };
    expect(answerKind({ request, response: { status: 409, headers: {}, body: '', json: undefined }, durationMs: 1 } as never)).toBe('409');
    expect(answerKind({ request, code: 'TIMEOUT', message: 'x', durationMs: 1 } as never)).toBe('TIMEOUT');
  });
});
