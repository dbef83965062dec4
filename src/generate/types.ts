import type { JsonSchema, Operation, ParamLocation } from '../spec/types.js';

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
  | 'enum'
  /** Protocol-level probes (run/scenarios/protocol.ts): the request itself is malformed, not one parameter. */
  | 'encoding'
  | 'media_type'
  | 'method'
  | 'path'
  | 'size';

export interface Breakage {
  rule: BrokenRule;
  location: ParamLocation | 'body';
  /** Parameter name (`Identity`), or '' for a rule of the body as a whole (Conversations' anyOf). */
  name: string;
  /** Short, lower-case: `Identity is missing`, `RoleSid does not match ^RL[0-9a-fA-F]{32}$`. */
  description: string;
  /** The one 4xx status the contract names for this breakage (405 for an undocumented method); any 4xx when absent. */
  status?: number;
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

/** How {@link validCase} fills what the fixtures do not give. */
export interface ValidCaseOptions {
  /** Values for path parameters that must name a real resource (the instance id: `{ Sid: 'MB…' }`). */
  ids?: Record<string, string>;
  /** A fresh tag per generated value, appended to the unique names below (still within maxLength). */
  unique?: () => string;
  /** Body properties that get the unique tag. Default: the required (or anyOf-required) plain strings. */
  uniqueNames?: readonly string[];
  /** Optional query/header/body parameters never generated. Default {@link DEFAULT_OMIT}. */
  omit?: readonly string[];
  /** Every optional body property present (omit still applies): a body that carries a value for all it may. */
  everyBodyField?: boolean;
  /** Longest value for a string with no maxLength, in code points. Default 300. */
  maxStringLength?: number;
}

/** One place a request carries a value: a parameter, or a property of the form body. */
export interface Slot {
  location: ParamLocation | 'body';
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** One way to break a valid case: the candidates it returns are labelled, and judged by invalidCases. */
export type Mutation = (base: RequestCase, slots: readonly Slot[]) => RequestCase[];
