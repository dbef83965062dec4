import type { HttpMethod } from '../spec/types.js';

/** A request exactly as sent. `headers` never holds the real token once it is reported (see redact). */
export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL, path and query already encoded. */
  url: string;
  headers: Record<string, string>;
  /** The form-encoded body, when there is one. */
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body as text, cut at the client's body limit. */
  body: string;
  /** True when the body was longer than the limit and was not read to its end. */
  truncated: boolean;
  /** The parsed body when it is JSON (by content type) and parses; otherwise undefined. */
  json?: unknown;
  /** Why a body that says it is JSON did not parse. */
  jsonError?: string;
  durationMs: number;
}

/** One request and what came back: what every check judges. */
export interface Exchange {
  request: HttpRequest;
  response: HttpResponse;
}

/**
 * A request that got no HTTP answer: refused, reset, timed out. Stable codes, like undici's own
 * (`UND_ERR_…`), so that reports and tests can name what happened.
 */
export type TransportFailureCode =
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_RESET'
  | 'TIMEOUT'
  | 'BODY_TIMEOUT'
  | 'DNS'
  | 'PROTOCOL'
  | 'OTHER';

export interface TransportFailure {
  request: HttpRequest;
  code: TransportFailureCode;
  message: string;
  durationMs: number;
}
