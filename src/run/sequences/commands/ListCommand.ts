import { parentAliasPath, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { listFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';

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
    stopOn(listFailure(items, model.live, model.gone), client.last!);
  }

  toString = (): string => `list(PageSize=${this.pageSize}${this.throughAlias ? ' through parent alias' : ''})`;
}
