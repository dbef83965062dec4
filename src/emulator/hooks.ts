import type { RequestIssue } from '../spec/validateRequest.js';
import type { AuthVerdict } from './pipeline/authenticate.js';
import type { EmulatorRequest, EmulatorResponse, Fields, CoreContext, Item, PipelineContext } from './types.js';

/**
 * The places in the pipeline where a fault may change what the emulator does. Each hook gets what
 * the correct emulator decided and returns what the faulty one does instead; an absent hook changes
 * nothing. A fault is one small set of these (see faults.ts), never an `if` inside a handler.
 */
export interface Hooks {
  /** auth: whether the request is let in, given the correct verdict. */
  admit?(verdict: AuthVerdict): boolean;
  /** After parsing, before validation; throwing here is a crash (a 500). */
  inspect?(request: EmulatorRequest): void;
  /** The validation issues the request is rejected for. */
  issues?(issues: RequestIssue[], ctx: PipelineContext): RequestIssue[];
  /** The SID of a new item, given the correct one. */
  sid?(sid: string): string;
  /** Whether `{Sid}` may name an item by its identity on this operation. */
  alias?(allowed: boolean): boolean;
  /** The other item a create or an update clashes with (409); return undefined to let a duplicate in. */
  clash?(existing: Item | undefined, kind: 'create' | 'update'): Item | undefined;
  /** Runs between create's uniqueness check and its insert. */
  beforeInsert?(): Promise<void>;
  /** The fields of a new item; `sent` has the parameters as response fields. */
  created?(fields: Fields, sent: Fields, ctx: CoreContext): Fields;
  /** The fields after an update. */
  updated?(next: Fields, previous: Fields, sent: Fields): Fields;
  /** Deletes the item; a fault may leave it. */
  remove?(remove: () => void): void;
  /** The identities a Chat list is filtered by. */
  listFilter?(identities: string[]): string[];
  /** The item after which the next page starts (default: the last item of this page). */
  nextAnchor?(last: Item, following: readonly Item[]): Item;
  /** The JSON representation of an item. */
  represent?(body: Fields, item: Item, ctx: CoreContext): Fields;
  /** The response, just before it is written. */
  respond?(response: EmulatorResponse, ctx: PipelineContext): EmulatorResponse;
}
