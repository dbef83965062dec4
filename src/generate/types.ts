import type { Operation, ParamLocation } from '../spec/types.js';

/** What a negative case breaks: one documented rule, at one parameter. */
export type BrokenRule =
  | 'required'
  | 'empty'
  | 'pattern'
  | 'type'
  | 'range'
  | 'maxLength'
  | 'json'
  | 'date-time'
  | 'enum';

export interface Breakage {
  rule: BrokenRule;
  location: ParamLocation | 'body';
  /** Parameter name (`Identity`), or '' for a rule of the body as a whole (Conversations' anyOf). */
  name: string;
  /** Short, lower-case: `Identity is missing`, `RoleSid does not match ^RL[0-9a-fA-F]{32}$`. */
  description: string;
}

/** One generated request for one operation, before it is turned into HTTP. Values are wire text. */
export interface RequestCase {
  operation: Operation;
  /** Path parameter values, not yet percent-encoded. */
  path: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  /** Form body pairs in order (dotted names as-is, repeated keys for arrays); absent for GET/DELETE. */
  form?: [string, string][];
  /** Present on negative cases only. */
  breaks?: Breakage;
}
