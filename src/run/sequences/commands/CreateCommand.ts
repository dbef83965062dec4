import type { RequestCase } from '../../../generate/types.js';
import { reprOf } from '../../../checks/support/reprOf.js';
import type { LifecycleCommand, LifecycleModel, LifecycleReal } from '../lifecycleModel.js';

const MAX_LIVE = 6;

/** Creates one resource from a generated valid case; the model now holds it. */
export class CreateCommand implements LifecycleCommand {
  constructor(readonly generated: RequestCase) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length < MAX_LIVE;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const repr = reprOf(await client.send({ action: 'create', form: this.generated.form ?? [] }));
    model.live.push({ sid: repr.sid as string, repr });
  }

  toString = (): string => `create(${(this.generated.form ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}
