import { fillPath } from '../../http/fillPath.js';
import { itemsOf } from '../model/representationSchema.js';
import { successResponse } from '../model/successResponse.js';
import { paginate, type PageRequest } from '../resources/paginate.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { seedUncreatable } from '../state/seedUncreatable.js';
import { answerDocumented } from './answerDocumented.js';
import { filterItems } from './filterItems.js';
import { listBody } from './listBody.js';
import { representGeneric } from './representGeneric.js';

const PAGING = new Set(['PageSize', 'Page', 'PageToken']);
const DEFAULT_PAGE_SIZE = 50;

const lastValue = (query: readonly [string, string][], name: string): string | undefined =>
  query.filter(([key]) => key === name).pop()?.[1];

/** Paging as sent; a size or index the description does not bound (or leaves out) falls back to Twilio's defaults. */
function paging(query: readonly [string, string][]): PageRequest {
  const size = Number(lastValue(query, 'PageSize'));
  const page = Number(lastValue(query, 'Page'));
  const token = lastValue(query, 'PageToken');
  return {
    pageSize: Number.isInteger(size) && size > 0 ? size : DEFAULT_PAGE_SIZE,
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    ...(token === undefined ? {} : { token }),
  };
}

/** GET on a list path: one page of the items under the parent, in creation order, filtered, in the documented page shape. */
export function listGeneric(ctx: HandlerContext): EmulatorResponse {
  const { route, request, parent } = ctx;
  const success = successResponse(route.operation);
  const key = route.resource.listKey;
  if (success.schema === undefined || key === undefined) return answerDocumented(ctx);
  const itemSchema = itemsOf(success.schema, key);
  seedUncreatable(ctx);
  const filters = request.query.filter(([name]) => !PAGING.has(name));
  const wanted = paging(request.query);
  const page = paginate(filterItems(parent.items.all(), filters, itemSchema), wanted, {});
  const rows = page.items.map((item) => representGeneric(item, itemSchema, ctx));
  const place = { origin: request.origin, path: fillPath(route.resource.listPath, parent.path), filters };
  return { status: success.status, headers: {}, body: listBody(success.schema, key, rows, wanted, page, place) };
}
