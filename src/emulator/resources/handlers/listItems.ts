import { fillPath } from '../../../http/fillPath.js';
import { listMeta } from '../listMeta.js';
import { paginate, type PageRequest } from '../paginate.js';
import { represent } from '../../pipeline/represent.js';
import type { EmulatorResponse, CoreContext } from '../../types.js';

const DEFAULT_PAGE_SIZE = 50;

const lastValue = (query: readonly [string, string][], name: string): string | undefined =>
  query.filter(([key]) => key === name).pop()?.[1];

/** The paging parameters of a validated list request (so the numbers are whole and in range). */
export function pageRequest(query: readonly [string, string][]): PageRequest {
  const token = lastValue(query, 'PageToken');
  return {
    pageSize: Number(lastValue(query, 'PageSize') ?? DEFAULT_PAGE_SIZE),
    page: Number(lastValue(query, 'Page') ?? 0),
    ...(token === undefined ? {} : { token }),
  };
}

/** GET on the list path: one page in creation order, Chat's repeated `Identity` filter applied. */
export function listItems(ctx: CoreContext): EmulatorResponse {
  const { route, request, app } = ctx;
  const filterable = route.operation.parameters.query.some((param) => param.name === 'Identity');
  const sentIdentities = filterable ? request.query.filter(([key]) => key === 'Identity').map(([, value]) => value) : [];
  const identities = app.hooks.listFilter ? app.hooks.listFilter(sentIdentities) : sentIdentities;
  const all = ctx.parent.items
    .all()
    .filter((item) => identities.length === 0 || identities.includes(item.fields.identity as string));
  const paging = pageRequest(request.query);
  const page = paginate(all, paging, app.hooks);
  const key = route.resource.listKey ?? 'items';
  const base = request.origin + fillPath(route.resource.listPath, ctx.parent.path);
  const filters = sentIdentities.map((identity) => ['Identity', identity] as const);
  return {
    status: 200,
    headers: {},
    body: {
      [key]: page.items.map((item) => represent(item, ctx)),
      meta: listMeta(base, key, paging, page, filters),
    },
  };
}
