import { createHttpClient } from '../../http/createHttpClient.js';
import { createRateLimitGuard, type RateLimitGuard } from '../../http/createRateLimitGuard.js';
import { isExchange } from '../../http/isExchange.js';
import type { Exchange, HttpClient, HttpRequest, TransportFailure } from '../../http/types.js';
import type { ConformanceRuntime } from '../runtime.js';
import { onStop } from '../ledger.js';
import { rateLimitedError } from '../rateLimitedError.js';

/** A 429 is retried after its Retry-After, at most 3 times and 5 s each; it is never a verdict. */
export const RETRY_429 = { maxRetries: 3, maxDelayMs: 5_000 };

export interface Traffic {
  retried429: number;
  rateLimited: number;
  notSent: number;
}

/**
 * How one run reaches its target: its HTTP clients, the stop (Ctrl-C), and the counts of what was
 * not judged. The counts change only through its methods.
 */
export class Transport {
  readonly client: HttpClient;
  /** Shared by the run's clients: a target that answers only 429 ends the run (exit 2), not its deadline. */
  private readonly rateLimits: RateLimitGuard = createRateLimitGuard();
  private burst: HttpClient | undefined;
  private readonly stopListener: { close(): void };
  /** Set when the CLI says stop (Ctrl-C): nothing more is sent, except the cleanup. */
  private stopped = false;
  /** Requests that were still answered 429 after the retries: not judged, only counted. */
  private rateLimited = 0;
  /** Requests never sent (deadline passed, run stopped): the run is incomplete. */
  private notSent = 0;
  /** The last list read that got no answer, for the scenario that needed it to report. */
  private unansweredList: TransportFailure | undefined;

  constructor(private readonly runtime: ConformanceRuntime) {
    this.client = createHttpClient({
      timeoutMs: runtime.timeoutMs,
      concurrency: runtime.concurrency,
      ...(runtime.rate ? { rate: runtime.rate } : {}),
      retry429: RETRY_429,
      rateLimitGuard: this.rateLimits,
      deadlineAt: runtime.startedAt + runtime.deadlineMs,
    });
    this.stopListener = onStop(() => (this.stopped = true));
  }

  /**
   * Sends one request, unless the run's deadline has passed (then a DEADLINE failure, at once). Throws
   * a HarnessError once the target has answered nothing but 429 for longer than the run's budget.
   */
  async send(request: HttpRequest): Promise<Exchange | TransportFailure> {
    const outcome: Exchange | TransportFailure = this.stopped
      ? { request, code: 'INTERRUPTED', message: 'the run was interrupted; not sent', durationMs: 0, notSent: true }
      : await this.client.send(request);
    const exhausted = this.rateLimits.exhausted;
    if (exhausted !== undefined) throw rateLimitedError(request, exhausted, this.client.stats.retried429 + (this.burst?.stats.retried429 ?? 0), this.runtime);
    if (!isExchange(outcome) && outcome.notSent) this.notSent += 1;
    return outcome;
  }

  /** Sends past the deadline and a stop: for the cleanup only. */
  sendPastDeadline(request: HttpRequest): Promise<Exchange | TransportFailure> {
    return this.client.send(request, { pastDeadline: true });
  }

  /** A client for checks that need many requests in flight at once (concurrency), made on first use. */
  burstClient(size: number): HttpClient {
    this.burst ??= createHttpClient({
      timeoutMs: this.runtime.timeoutMs,
      concurrency: size,
      retry429: RETRY_429,
      rateLimitGuard: this.rateLimits,
      deadlineAt: this.runtime.startedAt + this.runtime.deadlineMs,
    });
    return this.burst;
  }

  /** Counts a request still answered 429 after the retries (not judged). */
  noteRateLimited(): void {
    this.rateLimited += 1;
  }

  /** Keeps a list read that got no answer (a request never sent is not one). */
  noteUnansweredList(outcome: TransportFailure): void {
    if (!outcome.notSent) this.unansweredList = outcome;
  }

  /** The unanswered list read kept so far, once: the scenario that needed it reports it. */
  takeUnansweredList(): TransportFailure | undefined {
    const outcome = this.unansweredList;
    this.unansweredList = undefined;
    return outcome;
  }

  /** The run's traffic counts so far. */
  traffic(): Traffic {
    return { retried429: this.client.stats.retried429, rateLimited: this.rateLimited, notSent: this.notSent };
  }

  async close(): Promise<void> {
    await this.client.close();
    await this.burst?.close();
    this.stopListener.close();
  }
}
