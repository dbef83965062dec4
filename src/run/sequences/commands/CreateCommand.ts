import type { RequestCase } from '../../../generate/types.js';
import { reprOf, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';
import { createdWithoutSidFailure } from '../../../checks/support/lifecycleFailures.js';
import { stopOn } from '../SequenceViolation.js';
import { createTimestampFailure } from '../../../checks/support/timestampFailure.js';
import { successStatuses } from '../../successStatuses.js';

const MAX_LIVE = 6;

/** Creates one resource from a generated valid case; the model now holds it. */
export class CreateCommand implements LifecycleCommand {
  constructor(readonly generated: RequestCase) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length < MAX_LIVE;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const form = this.generated.form ?? [];
    const exchange = await client.send({ operation: 'create', form });
    client.expectStatus(exchange, successStatuses(client.resource.operations.create, 201), 'lifecycle', 'create');
    const repr = reprOf(exchange);
    stopOn(createdWithoutSidFailure(repr), exchange);
    stopOn(createTimestampFailure(repr, new Set(form.map(([name]) => name))), exchange);
    model.live.push({ sid: repr.sid as string, repr, form });
  }

  toString = (): string => `create(${(this.generated.form ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}
