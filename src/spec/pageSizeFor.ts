import type { Operation } from './types.js';

/** The page size to ask a list for: `wanted`, or less where its PageSize documents a smaller maximum (a Chat channel's webhooks: 5). */
export function pageSizeFor(list: Operation | undefined, wanted: number): number {
  const schema = list?.parameters.query.find((param) => param.name === 'PageSize')?.schema as { maximum?: unknown } | undefined;
  return typeof schema?.maximum === 'number' && schema.maximum >= 1 ? Math.min(wanted, schema.maximum) : wanted;
}
