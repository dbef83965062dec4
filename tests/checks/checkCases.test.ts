import { describe, expect, it } from 'vitest';
import { judgeExchange, judgeSteps } from '../../src/checks/index.js';
import type { CheckId } from '../../src/checkIds.js';
import { CASES } from './cases/index.js';
import { materialise } from './support/exchangeCase.js';
import { expectFailures } from './support/expected.js';
import { resourceOf } from './support/subjects.js';

// One loop over the table of cases. An exchange goes through judgeExchange with only the check under
// test selected, so that its guard (where it applies) is exercised along with its verdict; the steps
// of a sequence go through judgeSteps, as the run judges them, with no server.
const chat = await resourceOf('chat_v2');

for (const [id, table] of Object.entries(CASES) as [CheckId, (typeof CASES)[CheckId]][]) {
  describe(id, () => {
    if (table.judges === 'sequence') {
      for (const item of table.cases) it(item.name, () => expectFailures(id, judgeSteps(id, { resource: chat }, item.steps), item.expect));
      return;
    }
    for (const item of table.cases) {
      it(item.name, async () => {
        const { ctx, exchange } = await materialise(item);
        const { applied, failures } = judgeExchange(ctx, exchange, [id]);
        expect(applied).toEqual(item.applies === false ? [] : [id]);
        expectFailures(id, failures, item.expect);
      });
    }
  });
}
