import type { OperationKind } from '../../spec/types.js';

/**
 * What docs/conformance.md says of each resource in prose rather than schema, as data: where a resource may
 * be addressed by something other than its SID, and which create parameter must be unique (409).
 * A spec without an entry has no aliases and no uniqueness rule.
 */
export interface ResourceRule {
  /** The instance's `{Sid}` may be this field's value, on these operations. */
  instanceAlias?: { field: string; on: OperationKind[] };
  /** Parent path parameter → the fixture key that holds its alias (`ChannelSid` → `ChannelUniqueName`). */
  parentAliases?: Record<string, string>;
  /** The create parameter whose value may exist once per parent (`Identity`, `Identifier`). */
  uniqueParameter?: string;
}

export const RESOURCE_RULES: Record<string, ResourceRule> = {
  chat_v2: {
    instanceAlias: { field: 'identity', on: ['fetch', 'update', 'delete'] },
    parentAliases: { ChannelSid: 'ChannelUniqueName' },
    uniqueParameter: 'Identity',
  },
  conversations_v1: { instanceAlias: { field: 'identity', on: ['fetch'] }, uniqueParameter: 'Identity' },
  proxy_v1: { uniqueParameter: 'Identifier' },
};
