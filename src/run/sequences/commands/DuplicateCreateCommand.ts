import { pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { snakeCase } from '../../../spec/snakeCase.js';

/** Creates a live resource's unique value again (same identity, same parent): meant to be refused. */
export class DuplicateCreateCommand implements LifecycleCommand {
  constructor(readonly index: number) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    const unique = rule.uniqueParameter;
    // The value it holds now: an update may have changed it since the create.
    const value = unique === undefined ? undefined : item.repr[snakeCase(unique)];
    if (!unique || typeof value !== 'string' || value === '') return;
    await client.send({ action: 'create again', form: [[unique, value]] });
  }

  toString = (): string => `create-duplicate(#${this.index})`;
}
