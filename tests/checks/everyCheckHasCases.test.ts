import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { EXCHANGE_CHECKS } from '../../src/checks/index.js';
import { EXCHANGE_CASES } from './cases/index.js';
import { SEQUENCE_CASES } from './cases/sequences.js';

// A check id added to checkIds.ts without unit cases fails here, named: every rule of the contract
// must have a case that passes and one that fails.
describe('every check id has unit cases', () => {
  for (const id of CHECK_IDS) {
    it(id, () => {
      const expects = [...(EXCHANGE_CASES[id] ?? []), ...(SEQUENCE_CASES[id]?.cases ?? [])].map((item) => item.expect.length);
      expect(expects.filter((n) => n === 0).length, `${id}: no passing case`).toBeGreaterThan(0);
      expect(expects.filter((n) => n > 0).length, `${id}: no failing case`).toBeGreaterThan(0);
    });
  }

  it('an exchange check has exchange cases, a sequence check sequence cases, never both', () => {
    const exchange = CHECK_IDS.filter((id) => EXCHANGE_CHECKS[id] !== undefined);
    expect(Object.keys(EXCHANGE_CASES).sort()).toEqual([...exchange].sort());
    expect(Object.keys(SEQUENCE_CASES).sort()).toEqual(CHECK_IDS.filter((id) => !exchange.includes(id)).sort());
  });
});
