import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { CHECKS } from '../../src/checks/index.js';
import { CASES } from './cases/index.js';

// A check id added to checkIds.ts without unit cases fails here, named: every rule of the contract
// must have a case that passes and one that fails.
describe('every check id has unit cases', () => {
  for (const id of CHECK_IDS) {
    it(id, () => {
      const expects = (CASES[id]?.cases ?? []).map((item) => item.expect.length);
      expect(expects.filter((n) => n === 0).length, `${id}: no passing case`).toBeGreaterThan(0);
      expect(expects.filter((n) => n > 0).length, `${id}: no failing case`).toBeGreaterThan(0);
    });
  }

  it('one table of checks: 14 judge one exchange, 5 the recorded steps of a sequence, and their cases take the same shape', () => {
    expect(Object.keys(CHECKS)).toEqual([...CHECK_IDS]);
    expect(Object.keys(CASES)).toEqual([...CHECK_IDS]);
    const sequences = CHECK_IDS.filter((id) => CHECKS[id].judges === 'sequence');
    expect(sequences).toEqual(['lifecycle', 'timestamps', 'pagination', 'conflict', 'concurrency']);
    expect(CHECK_IDS.filter((id) => CHECKS[id].judges === 'exchange')).toHaveLength(14);
    for (const id of CHECK_IDS) expect(`${id}: ${CASES[id].judges}`).toBe(`${id}: ${CHECKS[id].judges}`);
    for (const id of CHECK_IDS) expect(CHECKS[id].id).toBe(id);
  });
});
