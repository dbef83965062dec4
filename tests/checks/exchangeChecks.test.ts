import { describe, expect, it } from 'vitest';
import { judgeExchange } from '../../src/checks/index.js';
import type { CheckId } from '../../src/checkIds.js';
import { EXCHANGE_CASES } from './cases/index.js';
import { materialise } from './support/exchangeCase.js';
import { expectFailures } from './support/expected.js';

// One loop over every table: the exchange goes through judgeExchange with only the check under
// test selected, so its guard (where it applies) is exercised along with its verdict.
for (const [id, cases] of Object.entries(EXCHANGE_CASES) as [CheckId, NonNullable<(typeof EXCHANGE_CASES)[CheckId]>][]) {
  describe(id, () => {
    for (const item of cases) {
      it(item.name, async () => {
        const { ctx, exchange } = await materialise(item);
        const { applied, failures } = judgeExchange(ctx, exchange, [id]);
        expect(applied).toEqual(item.applies === false ? [] : [id]);
        expectFailures(id, failures, item.expect);
      });
    }
  });
}
