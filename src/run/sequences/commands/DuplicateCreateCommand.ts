import { pick, reprOf, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { duplicateAcceptedFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { snakeCase } from '../../../spec/snakeCase.js';

/** Creating a live resource's unique value again (same identity, same parent) answers 409 and creates nothing. */
export class DuplicateCreateCommand implements LifecycleCommand {
  constructor(readonly index: number) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    const unique = rule.uniqueParameter;
    // The value it holds now: an update may have changed it since the create.
    const value = unique === undefined ? undefined : item.repr[snakeCase(unique)];
    if (!unique || typeof value !== 'string' || value === '') return;
    const exchange = await client.send({ operation: 'create', form: [[unique, value]], refused: true });
    stopOn(duplicateAcceptedFailure(unique, value, exchange.response.status, reprOf(exchange).sid), exchange);
    client.expectStatus(exchange, [409], 'conflict', `a second create of ${unique}=${JSON.stringify(value)}`);
  }

  toString = (): string => `create-duplicate(#${this.index})`;
}
