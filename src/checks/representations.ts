import type { Exchange } from '../http/types.js';
import type { CheckContext } from './types.js';
import { jsonObject } from './guards.js';

export interface Representation {
  /** JSON pointer of the representation in the body: '' for an instance, `/members/3` in a list. */
  pointer: string;
  value: Record<string, unknown>;
}

/** The resource representations in a response: the body itself, or each item of a list page. */
export function representations(ctx: CheckContext, exchange: Exchange): Representation[] {
  const body = jsonObject(exchange);
  if (!body) return [];
  if (ctx.operation.kind !== 'list') return [{ pointer: '', value: body }];
  const key = ctx.resource.listKey;
  const items = key === undefined ? undefined : body[key];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, index) =>
    item !== null && typeof item === 'object' ? [{ pointer: `/${key}/${index}`, value: item as Record<string, unknown> }] : [],
  );
}
