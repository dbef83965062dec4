import { instanceAliasOf, parentAliasPath, pick, reprOf, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { fetchedDiffersFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { documentedFields } from '../../../checks/echoedFields.js';

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
    // Only what both document: a create may show a field once (an API key's secret), a fetch more.
    const shown = documentedFields(client.resource.operations.fetch!);
    const fetched = reprOf(exchange);
    const expected = shown.size === 0 ? item.repr : Object.fromEntries(Object.entries(item.repr).filter(([field]) => shown.has(field)));
    const compared = shown.size === 0 ? fetched : Object.fromEntries(Object.entries(fetched).filter(([field]) => field in item.repr));
    stopOn(fetchedDiffersFailure(this.by, expected, compared), exchange);
  }

  toString = (): string => `fetch(#${this.index} by ${this.by})`;
}
