import type { Operation } from '../../spec/types.js';

type Repr = Record<string, unknown>;

const shown = new WeakMap<Operation, Map<string, Set<string>>>();

/**
 * The fields a success response of `operation` documents for one item (a list's: its items'); none
 * when it says nothing. Read once per operation and list key.
 */
export function shownFields(operation: Operation | undefined, listKey?: string): Set<string> {
  if (!operation) return new Set();
  let byKey = shown.get(operation);
  if (!byKey) shown.set(operation, (byKey = new Map()));
  let fields = byKey.get(listKey ?? '');
  if (!fields) byKey.set(listKey ?? '', (fields = readFields(operation, listKey)));
  return fields;
}

function readFields(operation: Operation, listKey: string | undefined): Set<string> {
  const fields = new Set<string>();
  for (const response of operation.responses) {
    if (!/^2\d\d$/u.test(response.status) || typeof response.schema !== 'object') continue;
    const schema = response.schema as Record<string, any>;
    const item = listKey === undefined ? schema : schema.properties?.[listKey]?.items;
    for (const name of Object.keys(item?.properties ?? {})) fields.add(name);
  }
  return fields;
}

/**
 * Two representations of one item, cut to what both show: the fields the second response documents
 * and the first one has. A create may show a field once (an API key's secret), a fetch or a list item
 * fewer or more; what one of them never documents is no difference.
 */
export function onSharedFields(expected: Repr, got: Repr, shown: Set<string>): [Repr, Repr] {
  if (shown.size === 0) return [expected, got];
  const keep = (repr: Repr, has: (field: string) => boolean) => Object.fromEntries(Object.entries(repr).filter(([field]) => has(field)));
  return [keep(expected, (field) => shown.has(field)), keep(got, (field) => field in expected)];
}
