import type { RateLimitGuard } from './createRateLimitGuard.js';
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
  /** The run's overall deadline passed before or while the request was under way. */
  | 'DEADLINE'
  /** The run was interrupted (Ctrl-C): the request was not sent. */
  | 'INTERRUPTED'
  /** The target answered only 429 for longer than the run's budget: the request was not sent. */
  | 'RATE_LIMITED'
  | 'OTHER';

export interface TransportFailure {
  request: HttpRequest;
  /** The request never left (deadline passed, run stopped): a limit of the run, not the target's doing. */
  notSent?: true;
  code: TransportFailureCode;
  message: string;
  durationMs: number;
}

/** Limits of one HTTP client; every one has a default. */
export interface HttpClientOptions {
  /** Per request (each attempt): headers, body and the whole exchange. Default 10 000. */
  timeoutMs?: number;
  /** The most of a body that is read; the rest is never read (`truncated`). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Requests in flight at once, across origins. Default 8. */
  concurrency?: number;
  /** Requests started per second (a token bucket); unlimited when absent. */
  rate?: number;
  /** Requests the bucket lets through at once before `rate` applies. Default 1. */
  burst?: number;
  /** Epoch ms after which nothing is sent and what is under way is cut short (as DEADLINE). */
  deadlineAt?: number;
  /** Retry a 429 after its Retry-After (bounded by maxDelayMs); off when absent. */
  retry429?: { maxRetries: number; maxDelayMs: number };
  /** Sees every answer; once it is exhausted, requests fail at once as RATE_LIMITED (shared by a run's clients). */
  rateLimitGuard?: RateLimitGuard;
}

/** What a client has done so far. */
export interface HttpStats {
  /** Attempts that went out (a retried request counts once per attempt). */
  sent: number;
  /** 429 answers that were retried. */
  retried429: number;
  /** Attempts that ended in a TransportFailure. */
  failures: number;
  inFlight: number;
  maxInFlight: number;
}

export interface HttpClient {
  /**
   * Sends one request; never throws: a request with no HTTP answer is a TransportFailure. With
   * `pastDeadline`, the client's deadline does not apply (cleanup must run after it), while the
   * bound on requests in flight and the rate limit still do.
   */
  send(request: HttpRequest, options?: { pastDeadline?: boolean }): Promise<Exchange | TransportFailure>;
  /** Closes every connection; pending requests finish first. */
  close(): Promise<void>;
  readonly stats: Readonly<HttpStats>;
}
