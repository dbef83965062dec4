import { describe, it } from 'vitest';
import type { CheckId } from '../../src/checkIds.js';
import { SEQUENCE_CASES } from './cases/sequences.js';
import { expectFailures } from './support/expected.js';

// One loop over every sequence check's table: the recorded data goes to the helpers that judge it
// today, and what they find comes back as failures.
for (const [id, table] of Object.entries(SEQUENCE_CASES) as [CheckId, NonNullable<(typeof SEQUENCE_CASES)[CheckId]>][]) {
  describe(id, () => {
    for (const item of table.cases) {
      it(item.name, async () => expectFailures(id, await table.judge(item.record), item.expect));
    }
  });
}
