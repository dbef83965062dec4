import { parentAliasPath, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

/** Lists every page (through the parent's alias, where asked and there is one). */
export class ListCommand implements LifecycleCommand {
  constructor(
    readonly pageSize: number,
    readonly throughAlias = false,
  ) {}

  check = (): boolean => true;

  async run(_model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const parents = this.throughAlias ? parentAliasPath(rule, client.fixtures) : undefined;
    if (this.throughAlias && !parents) return;
    await client.listAll(this.pageSize, [], parents);
  }

  toString = (): string => `list(PageSize=${this.pageSize}${this.throughAlias ? ' through parent alias' : ''})`;
}
