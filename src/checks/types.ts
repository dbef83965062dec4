import type { RequestCase } from '../generate/types.js';
import type { Exchange } from '../http/types.js';
import type { Operation, OperationKind, Resource } from '../spec/types.js';
import type { CheckId } from '../checkIds.js';

/**
 * Why a request was sent: a valid request (`positive`), one that breaks one rule (`negative`), one
 * that names a parent or resource that does not exist (`not_found`), one with bad credentials (`auth`),
 * one a sequence expects to be refused for the state it meets (`refused`: a duplicate's 409, a 404
 * after delete; the sequence judges the status, the exchange checks only the shape of the answer).
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
}

export interface ExchangeCheck {
  id: CheckId;
  /** Which exchanges the check judges. */
  appliesTo: (ctx: CheckContext, exchange: Exchange) => boolean;
  run: (ctx: CheckContext, exchange: Exchange) => Failure[];
}

export type { OperationKind };
