import { parentAliasPath, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { describeDifference, differingFields } from '../../../checks/support/sameRepresentation.js';
import { SequenceViolation } from '../SequenceViolation.js';

/** Lists every page (through the parent's alias, where asked and there is one): each live resource once and as it is, no deleted one. */
export class ListCommand implements LifecycleCommand {
  constructor(
    readonly pageSize: number,
    readonly throughAlias = false,
  ) {}

  check = (): boolean => true;

  async run(model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const parents = this.throughAlias ? parentAliasPath(rule, client.fixtures) : undefined;
    if (this.throughAlias && !parents) return;
    const items = await client.listAll('lifecycle', this.pageSize, [], parents);
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

  toString = (): string => `list(PageSize=${this.pageSize}${this.throughAlias ? ' through parent alias' : ''})`;
}
