import { pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

/** After a delete, a fetch and a second delete of the same SID both answer 404. */
export class AfterDeleteCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly operation: 'fetch' | 'delete',
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.gone.length > 0;

  async run(model: LifecycleModel, { client }: LifecycleReal): Promise<void> {
    const sid = pick(model.gone, this.index);
    const exchange = await client.send({ operation: this.operation, id: sid, refused: true });
    client.expectStatus(exchange, [404], 'lifecycle', `${this.operation} after delete`);
  }

  toString = (): string => `${this.operation}-deleted(#${this.index})`;
}
