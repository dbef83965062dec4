import { pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

/** After a delete, a fetch or a second delete of the same SID (the lifecycle check wants 404). */
export class AfterDeleteCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly operation: 'fetch' | 'delete',
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.gone.length > 0;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const sid = pick(model.gone, this.index);
    await client.send({ action: this.operation === 'fetch' ? 'fetch after delete' : 'delete after delete', id: sid });
  }

  toString = (): string => `${this.operation}-deleted(#${this.index})`;
}
