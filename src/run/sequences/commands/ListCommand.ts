import type { LifecycleCommand, LifecycleModel, LifecycleReal } from '../model.js';
import { describeDifference, differingFields } from '../sameRepresentation.js';
import { SequenceViolation } from '../SequenceViolation.js';

/** Lists every page: each live resource once and as it is, no deleted one. */
export class ListCommand implements LifecycleCommand {
  constructor(readonly pageSize: number) {}

  check = (): boolean => true;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const items = await client.listAll('lifecycle', this.pageSize);
    const exchange = client.last as never;
    for (const item of model.live) {
      const found = items.filter((listed) => listed.sid === item.sid);
      if (found.length !== 1) {
        throw new SequenceViolation('lifecycle', `list holds ${item.sid} ${found.length} times; expected once`, exchange);
      }
      const differ = differingFields(item.repr, found[0]!);
      if (differ.length > 0) throw new SequenceViolation('lifecycle', `list shows ${item.sid} differently: ${describeDifference(differ, item.repr, found[0]!)}`, exchange);
    }
    for (const sid of model.gone) {
      if (items.some((listed) => listed.sid === sid)) throw new SequenceViolation('lifecycle', `list still holds ${sid}, which was deleted`, exchange);
    }
  }

  toString = (): string => `list(PageSize=${this.pageSize})`;
}
