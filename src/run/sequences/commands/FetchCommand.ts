import { instanceAliasOf, parentAliasPath, pick, reprOf, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { fetchedDiffersFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { onSharedFields, shownFields } from '../../sharedFields.js';

export type FetchBy = 'sid' | 'instance alias' | 'parent alias';

/**
 * Fetches a live resource by its SID, by its own alias (Chat: the identity), or through the parent's
 * alias (Chat: the channel's unique name): the same representation every time.
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
    const exchange = await client.send({ operation: 'fetch', id, ...(parents ? { parents } : {}) });
    client.expectStatus(exchange, [200], 'lifecycle', `fetch by ${this.by}`);
    const [expected, compared] = onSharedFields(item.repr, reprOf(exchange), shownFields(client.resource.operations.fetch));
    stopOn(fetchedDiffersFailure(this.by, expected, compared), exchange);
  }

  toString = (): string => `fetch(#${this.index} by ${this.by})`;
}
