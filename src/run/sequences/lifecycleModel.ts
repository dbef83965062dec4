import type fc from 'fast-check';
import type { ResourceRule } from '../../spec/resourceRules.js';
import type { OperationKind } from '../../spec/types.js';
import type { SequenceClient } from './SequenceClient.js';

/**
 * What the target should hold, as far as this sequence knows: what the commands pick from (the
 * lifecycle check works out the same from the recorded steps, to judge them).
 */
export interface LifecycleModel {
  live: { sid: string; repr: Record<string, unknown> }[];
  gone: string[];
}

export interface LifecycleReal {
  client: SequenceClient;
  rule: ResourceRule;
}

export type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

/** The item a command's index picks among the live ones (commands hold indexes so that they shrink). */
export const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

/** The item's own alias (Chat: its identity) where the rules allow one on this operation. */
export function instanceAliasOf(rule: ResourceRule, item: LifecycleModel['live'][number], kind: OperationKind): string | undefined {
  const alias = rule.instanceAlias?.on.includes(kind) ? item.repr[rule.instanceAlias.field] : undefined;
  return typeof alias === 'string' ? alias : undefined;
}

/** The parents by their aliases (Chat: the channel by unique name), where the rules and fixtures give one. */
export function parentAliasPath(rule: ResourceRule, fixtures: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(rule.parentAliases ?? {}).filter(([, key]) => fixtures[key]);
  return entries.length === 0 ? undefined : Object.fromEntries(entries.map(([param, key]) => [param, fixtures[key]!]));
}
