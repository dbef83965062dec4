import { HarnessError } from '../errors.js';
import type { HttpRequest } from '../http/types.js';
import type { SuiteOptions } from './runtime.js';

/**
 * The one line for a target that answers nothing but 429: what was rate limited, for how long, how
 * often it was retried, and which flags lower the load. A harness error (exit 2), never a verdict.
 */
export const rateLimitedError = (request: HttpRequest, why: string, retried: number, { rate, concurrency }: Pick<SuiteOptions, 'rate' | 'concurrency'>): HarnessError =>
  new HarnessError(
    'RATE_LIMITED',
    `the target ${new URL(request.url).origin} is rate limiting every request: ${why}, ${retried} retried after their Retry-After; ` +
      `lower --rate (now ${rate ?? 'unlimited'}) or --concurrency (now ${concurrency}) and run again`,
  );
