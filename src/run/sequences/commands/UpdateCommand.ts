import type { RequestCase } from '../../../generate/types.js';
import { pick, reprOf, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { updateChangedMoreFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { updateTimestampFailure } from '../../../checks/support/timestampFailure.js';
import { snakeCase } from '../../../spec/snakeCase.js';
import { successStatuses } from '../../successStatuses.js';
import { onSharedFields, shownFields } from '../../sharedFields.js';

/** Updates a live resource: what was sent may change, nothing else but date_updated does. */
export class UpdateCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly generated: RequestCase,
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    const form = this.generated.form ?? [];
    const exchange = await client.send({ operation: 'update', id: item.sid, form });
    client.expectStatus(exchange, successStatuses(client.resource.operations.update, 200), 'lifecycle', 'update');
    const repr = reprOf(exchange);
    const sent = new Set(form.map(([name]) => name));
    const mayChange = ['date_updated', ...[...sent].map((name) => snakeCase(name).split('.')[0]!)];
    const [was, now] = onSharedFields(item.repr, repr, shownFields(client.resource.operations.update));
    stopOn(updateChangedMoreFailure([...sent], mayChange, was, now), exchange);
    stopOn(updateTimestampFailure(item.repr, repr, sent), exchange);
    item.repr = repr;
  }

  toString = (): string => `update(#${this.index}, ${(this.generated.form ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}
