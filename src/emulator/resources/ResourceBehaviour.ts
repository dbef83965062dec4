import type { OperationKind } from '../../spec/types.js';
import type { Fields, CoreContext } from '../types.js';

/** What a new item starts from: its SID, the time, and the request that creates it. */
export interface NewItem {
  sid: string;
  now: string;
  ctx: CoreContext;
}

/**
 * What the spec does not say about a resource and the emulator must know: which field is unique,
 * which aliases `{Sid}` accepts, the defaults of a new item and the fields derived from others.
 */
export interface ResourceBehaviour {
  /** The list path template of the resource it implements (matched as the rules are: names aside). */
  listPath: string;
  /** Unique within a parent: a second create with the same value is a 409. */
  uniqueField: string;
  conflict: { code: number; message: (value: string) => string };
  /** Operations on which `{Sid}` may name an item by its unique field (its identity). */
  aliasKinds: readonly OperationKind[];
  /** A new item gets its service's default role (the parent's `defaultRoleSid`). */
  defaultRole?: boolean;
  /** Every documented field but url and links, with its default, in the schema's order. */
  initial(item: NewItem): Fields;
  /** Fills fields derived from the sent ones (a binding's type, a pool number). */
  complete?(fields: Fields, ctx: CoreContext): void;
  links?(url: string): Record<string, string>;
}
