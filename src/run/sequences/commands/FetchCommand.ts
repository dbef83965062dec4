import { instanceAliasOf, parentAliasPath, pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

export type FetchBy = 'sid' | 'instance alias' | 'parent alias';

/**
 * Fetches a live resource by its SID, by its own alias (Chat: the identity), or through the parent's
 * alias (Chat: the channel's unique name), where it has one.
 */
export class FetchCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly by: FetchBy,
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    let id = item.sid;
    let parents: Record<string, string> | undefined;
    if (this.by === 'instance alias') {
      const alias = instanceAliasOf(rule, item, 'fetch');
      if (alias === undefined) return;
      id = alias;
    } else if (this.by === 'parent alias') {
      parents = parentAliasPath(rule, client.fixtures);
      if (!parents) return;
    }
    await client.send({ action: 'fetch', id, sid: item.sid, by: this.by, ...(parents ? { parents } : {}) });
  }

  toString = (): string => `fetch(#${this.index} by ${this.by})`;
}
