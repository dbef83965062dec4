// A target that answers 429 to everything, forever: the run gives up in bounded time with one line
// (what was rate limited, how often it was retried, which flag to lower) and exit 2. It is no verdict:
// no failure is reported and nothing is judged; the report says why the run stopped.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hostileTargets } from './support/hostileTargets.js';
import { apiRequests, onApi, type HostileServer } from './support/hostileServer.js';
import { describeOutcome, msFromProbe, runAgainst } from './support/hostileRun.js';

const targets = hostileTargets('rate-limited');

const always429 =
  (retryAfter: string | undefined) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    req.resume();
    res.writeHead(429, { 'content-type': 'application/json', ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }) });
    res.end(JSON.stringify({ code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 }));
  };

describe.concurrent('a target that answers 429 to everything', () => {
  it.each([
    { name: 'without Retry-After', retryAfter: undefined },
    { name: 'with Retry-After: 1', retryAfter: '1' },
    { name: 'with Retry-After: 3600', retryAfter: '3600' },
  ])('$name: exit 2, one line naming the target, the retries and --rate/--concurrency; no verdict', async ({ name, retryAfter }) => {
    const server: HostileServer = await targets.serve(onApi(always429(retryAfter)));
    // Default flags: the point is that the default 10-minute deadline is not what ends the run.
    const outcome = await runAgainst(targets.upstream, server.url, name.replace(/\W+/gu, '-'), [], { killAfterMs: 240_000 });
    const took = msFromProbe(outcome, server);
    console.log(`429 forever ${name}: exit ${outcome.code}, ${apiRequests(server).length} API requests, ${took} ms from the probe to exit; ${outcome.stderr.trim()}`);
    expect(outcome.code, describeOutcome(outcome)).toBe(2);
    const url = server.url.replace(/\./gu, '\\.');
    expect(outcome.stderr).toMatch(
      new RegExp(
        `^apiconform run: chat_v2 \\w+: the target ${url} is rate limiting every request: \\d+ answers in a row were 429 over \\d+\\.\\d s, ` +
          `\\d+ retried after their Retry-After; lower --rate \\(now unlimited\\) or --concurrency \\(now 4\\) and run again\\n$`,
        'u',
      ),
    );
    const retried = Number(/, (\d+) retried after/u.exec(outcome.stderr)?.[1]);
    expect(retried).toBeGreaterThan(0);
    expect(outcome.stdout).not.toMatch(/FAILED|PASSED|✗|no_server_error|status_code/u);
    // The reports are still written, with the error and no results (the CI page says why).
    expect(outcome.report?.error?.code).toBe('RATE_LIMITED');
    expect(outcome.report?.results).toEqual([]);
    expect(outcome.report?.failures).toEqual([]);
    expect(outcome.junit).toContain('type="RATE_LIMITED"');
    expect(outcome.junit).toContain('tests="1" failures="0" errors="1"');
    // Bounded well below the 10-minute deadline; generous, so that a loaded machine does not fail it.
    expect(took).toBeLessThan(180_000);
  }, 300_000);
});
