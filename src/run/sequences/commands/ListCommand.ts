import { parentAliasPath, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { listFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { onSharedFields, shownFields } from '../../sharedFields.js';

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
    const shown = shownFields(client.resource.operations.list, client.resource.listKey);
    const live = model.live.map((item) => ({ ...item, repr: onSharedFields(item.repr, item.repr, shown)[0] }));
    stopOn(listFailure(items.map((listed) => onSharedFields(live.find((item) => item.sid === listed.sid)?.repr ?? listed, listed, shown)[1]), live, model.gone), client.last!);
  }

  toString = (): string => `list(PageSize=${this.pageSize}${this.throughAlias ? ' through parent alias' : ''})`;
}
