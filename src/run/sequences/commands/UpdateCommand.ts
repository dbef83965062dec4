import type { RequestCase } from '../../../generate/types.js';
import { reprOf } from '../../../checks/support/reprOf.js';
import { pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

/** Updates a live resource with a generated valid case; the model now holds what came back. */
export class UpdateCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly generated: RequestCase,
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    item.repr = reprOf(await client.send({ action: 'update', id: item.sid, form: this.generated.form ?? [] }));
  }

  toString = (): string => `update(#${this.index}, ${(this.generated.form ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}
