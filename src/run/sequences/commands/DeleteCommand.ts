import { instanceAliasOf, pick, type LifecycleCommand, type LifecycleModel, type LifecycleReal } from '../lifecycleModel.js';

/** Deletes a live resource (by SID, or by its alias where the rules allow): it is gone from then on. */
export class DeleteCommand implements LifecycleCommand {
  constructor(
    readonly index: number,
    readonly byAlias: boolean,
  ) {}

  check = (model: Readonly<LifecycleModel>): boolean => model.live.length > 0;

  async run(model: LifecycleModel, { client, rule }: LifecycleReal): Promise<void> {
    const item = pick(model.live, this.index);
    const id = (this.byAlias && instanceAliasOf(rule, item, 'delete')) || item.sid;
    await client.send({ action: 'delete', id, sid: item.sid, by: id === item.sid ? 'sid' : 'alias' });
    model.live.splice(model.live.indexOf(item), 1);
    model.gone.push(item.sid);
  }

  toString = (): string => `delete(#${this.index}${this.byAlias ? ' by alias' : ''})`;
}
