import type { Resource } from '../../spec/types.js';

/**
 * One path parameter of a resource's list path, in order: `/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members`
 * has two. `shape` names the instance path the parameter ends (`chat_v2 /v2/Services/{}`): where the
 * description (or a fixture) keeps instances of that shape, the value must name one of them.
 */
export interface Level {
  param: string;
  shape: string;
}

/** What the emulator knows of one resource of a description: where it sits in the tree and how it is named. */
export interface ResourceNode {
  /** Unique per resource: `chat_v2 /v2/Services/{ServiceSid}/Channels`. */
  key: string;
  specId: string;
  resource: Resource;
  levels: Level[];
  /** Its instances come from its own create (or a fixture): as a parent, a value must name one. */
  checked: boolean;
  /** An instance path with no id of its own (a configuration, an action): one item per parent chain. */
  singleton: boolean;
  /** The representation field that holds the instance id (`sid`; `key`, `index`, `phone_number` where the path says so). */
  idField: string;
  /** Sub-resources by link name (`members` → `Members`), from the path structure, for `links` without dependentProperties. */
  children: Record<string, string>;
}
