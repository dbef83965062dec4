import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { createSemaphore } from './createSemaphore.js';
import { createTimeoutWheel } from './createTimeoutWheel.js';
import { createTokenBucket } from './createTokenBucket.js';
import { isExchange } from './isExchange.js';
import { retryAfterMs } from './retryAfterMs.js';
import { sendOnce } from './sendOnce.js';
import { splitUrl } from './splitUrl.js';
import type { Exchange, HttpClient, HttpClientOptions, HttpRequest, HttpStats, TransportFailure } from './types.js';

export type { HttpClient, HttpClientOptions, HttpStats };

const MIB = 1024 * 1024;
/** Wait before retrying a 429 that gives no usable Retry-After: 250 ms, doubled per retry. */
const fallbackDelay = (retry: number): number => 250 * 2 ** (retry - 1);

/**
 * An HTTP client on undici for one run: a keep-alive pool per origin, a bound on requests in flight,
 * an optional rate limit, per-request deadlines, a cap on body size, 429s retried after Retry-After,
 * redirects never followed (credentials never go to another origin).
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const wheel = createTimeoutWheel();
  const unbounded = { timeoutMs: options.timeoutMs ?? 10_000, maxBodyBytes: options.maxBodyBytes ?? MIB, wheel };
  const limits = { ...unbounded, ...(options.deadlineAt === undefined ? {} : { deadlineAt: options.deadlineAt }) };
  const concurrency = options.concurrency ?? 8;
  const slots = createSemaphore(concurrency);
  const bucket = options.rate ? createTokenBucket(options.rate, options.burst) : undefined;
  const pools = new Map<string, Pool>();
  const stats: HttpStats = { sent: 0, retried429: 0, failures: 0, inFlight: 0, maxInFlight: 0 };

  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: concurrency,
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
        connect: { timeout: limits.timeoutMs },
      });
      pools.set(origin, pool);
    }
    return pool;
  };

  const attempt = async (request: HttpRequest, pastDeadline: boolean): Promise<Exchange | TransportFailure> => {
    let target: { origin: string; path: string };
    try {
      target = splitUrl(request.url);
    } catch (error) {
      stats.failures += 1;
      return { request, code: 'OTHER', message: (error as Error).message, durationMs: 0 };
    }
    await bucket?.take();
    await slots.acquire();
    stats.sent += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const outcome = await sendOnce(poolFor(target.origin), target.path, request, pastDeadline ? unbounded : limits);
      if (!isExchange(outcome)) stats.failures += 1;
      return outcome;
    } finally {
      stats.inFlight -= 1;
      slots.release();
    }
  };

  const guard = options.rateLimitGuard;
  // Cleanup (past the deadline) still tries: what the run created must go if the target lets it.
  const givenUp = (request: HttpRequest, pastDeadline: boolean): TransportFailure | undefined =>
    guard?.exhausted === undefined || pastDeadline
      ? undefined
      : { request, code: 'RATE_LIMITED', message: `the target is rate limiting every request (${guard.exhausted}); not sent`, durationMs: 0, notSent: true };

  return {
    stats,
    async send(request, { pastDeadline = false } = {}) {
      const retry = options.retry429;
      for (let retries = 0; ; retries += 1) {
        const refused = givenUp(request, pastDeadline);
        if (refused) return refused;
        const outcome = await attempt(request, pastDeadline);
        if (isExchange(outcome)) guard?.note(outcome.response.status);
        if (!retry || retries >= retry.maxRetries || !isExchange(outcome) || outcome.response.status !== 429) return outcome;
        if (givenUp(request, pastDeadline)) return outcome; // the budget is spent: this 429 stands
        stats.retried429 += 1;
        const asked = retryAfterMs(outcome.response.headers['retry-after']) ?? fallbackDelay(retries + 1);
        const left = options.deadlineAt === undefined || pastDeadline ? Number.POSITIVE_INFINITY : options.deadlineAt - Date.now();
        if (left <= Math.min(asked, retry.maxDelayMs)) return outcome; // no time to wait: the 429 stands
        await sleep(Math.min(asked, retry.maxDelayMs));
      }
    },
    async close() {
      wheel.close();
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
  };
}
