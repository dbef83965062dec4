import type { OperationKind } from '../../../spec/types.js';
import type { EmulatorResponse, CoreContext } from '../../types.js';
import { createItem } from './createItem.js';
import { deleteItem } from './deleteItem.js';
import { fetchItem } from './fetchItem.js';
import { listItems } from './listItems.js';
import { updateItem } from './updateItem.js';

export type Handler = (ctx: CoreContext) => EmulatorResponse | Promise<EmulatorResponse>;

/** One handler per operation kind; the resource's behaviour supplies what differs between resources. */
export const HANDLERS: Partial<Record<OperationKind, Handler>> = {
  create: createItem,
  fetch: fetchItem,
  list: listItems,
  update: updateItem,
  delete: deleteItem,
};
