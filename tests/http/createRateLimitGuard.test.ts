import { describe, expect, it } from 'vitest';
import { createRateLimitGuard } from '../../src/http/createRateLimitGuard.js';

/** A guard on a clock the test moves: no test here waits. */
function guardAt(budget = { windowMs: 20_000, minAnswers: 5 }) {
  let now = 1_000;
  const guard = createRateLimitGuard(budget, () => now);
  return { guard, at: (ms: number) => (now = 1_000 + ms) };
}

describe('createRateLimitGuard', () => {
  it('is exhausted by only 429s for the window, with at least minAnswers of them', () => {
    const { guard, at } = guardAt();
    for (const ms of [0, 5_000, 10_000, 15_000]) (at(ms), guard.note(429));
    expect(guard.exhausted).toBeUndefined();
    at(19_999);
    guard.note(429);
    expect(guard.exhausted).toBeUndefined();
    at(20_000);
    guard.note(429);
    expect(guard.exhausted).toBe('6 answers in a row were 429 over 20.0 s');
  });

  it('needs minAnswers even when the window has passed', () => {
    const { guard, at } = guardAt();
    for (const ms of [0, 30_000, 60_000, 90_000]) (at(ms), guard.note(429));
    expect(guard.exhausted).toBeUndefined();
    at(120_000);
    guard.note(429);
    expect(guard.exhausted).toBe('5 answers in a row were 429 over 120.0 s');
  });

  it('starts afresh on any other answer, so bursts of 429s never exhaust it', () => {
    const { guard, at } = guardAt();
    for (let ms = 0; ms <= 100_000; ms += 1_000) {
      at(ms);
      guard.note(ms % 15_000 === 0 ? 201 : 429);
    }
    expect(guard.exhausted).toBeUndefined();
  });

  it('stays exhausted, with the reason it first gave', () => {
    const { guard, at } = guardAt({ windowMs: 10, minAnswers: 2 });
    guard.note(429);
    at(10);
    guard.note(429);
    at(20);
    guard.note(200);
    expect(guard.exhausted).toBe('2 answers in a row were 429 over 0.0 s');
  });
});
