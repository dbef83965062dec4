import type { RequestCase } from '../generate/types.js';
import type { Exchange, TransportFailure } from '../http/types.js';
import type { Operation, OperationKind, Resource } from '../spec/types.js';
import type { CheckId } from '../checkIds.js';

/**
 * Why a request was sent: a valid request (`positive`), one that breaks one rule (`negative`), one
 * that names a parent or resource that does not exist (`not_found`), one with bad credentials (`auth`),
 * one a sequence expects to be refused for the state it meets (`refused`: a duplicate's 409, a 404
 * after delete; the sequence's check judges the status, the exchange checks only the shape of the answer).
 */
export type Scenario = 'positive' | 'negative' | 'not_found' | 'auth' | 'refused';

/** What a check knows besides the exchange itself. */
export interface CheckContext {
  scenario: Scenario;
  operation: Operation;
  resource: Resource;
  case: RequestCase;
  /** The authenticated account: what `account_sid` must be. */
  accountSid: string;
  /** This spec's fixtures: parent SIDs by path-parameter name, and aliases. */
  fixtures: Record<string, string>;
  /** For scenarios that must change nothing: the resource list before and after the request. */
  listBefore?: unknown[];
  listAfter?: unknown[];
  /** For scenarios that must change nothing: the addressed resource, fetched before and after the request. */
  resourceBefore?: unknown;
  resourceAfter?: unknown;
  /** SIDs created earlier in this run for this resource, to catch a SID given out twice. */
  createdSids?: ReadonlySet<string>;
}

/** A rule broken by the target: data first, with a short lower-case message. */
export interface Failure {
  check: CheckId;
  /** A stable discriminant within the check (`undocumented_status`, `missing_property`, …). */
  kind: string;
  message: string;
  /** JSON pointer into the response body, when the failure is about one field. */
  pointer?: string;
  /** Of a sequence check: the index of the recorded step whose request and answer show the failure. */
  step?: number;
}

/** A check that judges one exchange at a time (scenarios and sequences alike send them). */
export interface ExchangeCheck {
  id: CheckId;
  judges: 'exchange';
  /** Which exchanges the check judges. */
  appliesTo: (ctx: CheckContext, exchange: Exchange) => boolean;
  run: (ctx: CheckContext, exchange: Exchange) => Failure[];
}

/**
 * What a step of a sequence did. The check that judges the sequence reads the rest of the step by
 * it; the actions meant to be refused (`create again`, `… after delete`, `update to a taken value`)
 * say so in their names.
 */
export type StepAction =
  | 'create'
  | 'create again'
  | 'create together'
  | 'fetch'
  | 'fetch after delete'
  | 'update'
  | 'update to a taken value'
  | 'delete'
  | 'delete after delete'
  | 'list'
  | 'next page';

/** One request of a sequence as the sequence recorded it: what it did, what it sent, what came back. */
export interface Step {
  action: StepAction;
  /** The request in words, as a report's steps show it: `CreateMember Identity="jing"`, `GET /v2/…?Page=1`. */
  line: string;
  /** The form and query it sent: the values the judgment compares with what came back. */
  form: [string, string][];
  query: [string, string][];
  /** The SID of the resource a fetch, update or delete addressed (also when its path named an alias). */
  sid?: string;
  /** How a fetch or delete named it: `sid`, `instance alias`, `parent alias`, `alias`. */
  by?: string;
  outcome: Exchange | TransportFailure;
  /** When the answer came (ms since the epoch): "now" for the dates a target sets itself. */
  at: number;
}

/** What a sequence check knows besides the steps: the resource the sequence ran against. */
export interface SequenceContext {
  resource: Resource;
}

/**
 * A check that judges the recorded steps of its sequence (docs/conformance.md: lifecycle, timestamps,
 * pagination, conflict, concurrency). A sequence stops at its first broken rule, so a verdict holds at
 * most one failure, which names the step that shows it; it may belong to another check (a 5xx on the
 * way is `no_server_error`, a duplicate in the lifecycle `conflict`).
 */
export interface SequenceCheck {
  id: CheckId;
  judges: 'sequence';
  run: (ctx: SequenceContext, steps: readonly Step[]) => Failure[];
}

/** An entry of the checks table: it judges one exchange, or a recorded sequence. */
export type Check = ExchangeCheck | SequenceCheck;

export type { OperationKind };
