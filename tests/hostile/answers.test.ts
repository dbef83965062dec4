// Targets that answer, but wrongly in one way: JSON that does not parse, a 50 MB body, redirects, 429s,
// HTML error pages. Each is a verdict about the target (exit 1 with the right check) or, for 429, no
// verdict at all; the harness stays bounded in time (minutes: no bound here depends on the machine's
// speed) and memory, and writes the token nowhere.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hostileTargets } from './support/hostileTargets.js';
import { apiRequests, isProbe, onApi, type Behaviour, type HostileServer } from './support/hostileServer.js';
import { describeOutcome, messagesOf, msFromProbe, runAgainst } from './support/hostileRun.js';

const targets = hostileTargets('answers');
const serve = (behaviour: Behaviour): Promise<HostileServer> => targets.serve(behaviour);

const successStatus = (req: IncomingMessage): number => (req.method === 'POST' ? 201 : 200);

/** The Basic password the request carried: what a careless server echoes back. */
const passwordOf = (req: IncomingMessage): string =>
  Buffer.from((req.headers.authorization ?? '').replace(/^Basic /u, ''), 'base64').toString('utf8').split(':')[1] ?? '';

const MIB = 1024 * 1024;

describe.concurrent('a target that answers wrongly', () => {
  it('says application/json but sends JSON that does not parse: content_type "does not parse"', async () => {
    const server = await serve(
      onApi((req, res) => {
        res.writeHead(successStatus(req), { 'content-type': 'application/json' });
        res.end('{"sid": "MB00000000000000000000000000000000", "identity": ');
      }),
    );
    const outcome = await runAgainst(targets.upstream, server.url, 'invalid-json');
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'content_type').some((message) => message.includes('does not parse'))).toBe(true);
    expect(msFromProbe(outcome, server)).toBeLessThan(180_000);
  }, 300_000);

  it('streams a 50 MB JSON body: read up to the 1 MiB cap only, content_type and response_schema fail, memory bounded', async () => {
    const size = 50 * MIB;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const streamed = { requests: 0, bytes: 0 };
    const server = await serve(
      onApi((req, res) => {
        streamed.requests += 1;
        const head = '{"pad":"';
        const tail = '"}';
        let left = size - head.length - tail.length;
        res.writeHead(successStatus(req), { 'content-type': 'application/json', 'content-length': String(size) });
        res.write(head);
        const pump = (): void => {
          while (left > 0) {
            const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
            left -= piece.length;
            streamed.bytes += piece.length;
            if (!res.write(piece)) return void res.once('drain', pump);
          }
          res.end(tail);
        };
        pump();
      }),
    );
    const outcome = await runAgainst(targets.upstream, server.url, 'huge-body');
    const perRequestMb = streamed.bytes / streamed.requests / MIB;
    console.log(
      `50 MB bodies: ${streamed.requests} requests, ${(streamed.bytes / MIB).toFixed(1)} MiB written by the server ` +
        `(${perRequestMb.toFixed(2)} MiB per request), CLI peak RSS ${outcome.peakRssMb?.toFixed(0)} MiB, ${msFromProbe(outcome, server)} ms from the probe to exit`,
    );
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'content_type').some((message) => message.includes('does not parse'))).toBe(true);
    expect(messagesOf(outcome, 'response_schema').length).toBeGreaterThan(0);
    expect(streamed.requests).toBeGreaterThan(0);
    // The client stops at 1 MiB and drops the connection; loopback buffers hold a few MiB more at most.
    expect(perRequestMb).toBeLessThan(12);
    expect(outcome.peakRssMb).toBeLessThan(300);
    const bodies = outcome.report!.failures.map((failure) => failure.response?.body.length ?? 0);
    expect(Math.max(...bodies)).toBeLessThanOrEqual(2000);
    expect(msFromProbe(outcome, server)).toBeLessThan(180_000);
  }, 300_000);

  it.each([
    { where: 'the same origin', crossOrigin: false },
    { where: 'another origin', crossOrigin: true },
  ])('redirects (302) to $where, the token in the Location: status_code "Received: 302 / Documented: 201", not followed', async ({ crossOrigin }) => {
    const elsewhere = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const self: { url?: string } = {};
    const server = await serve(
      onApi((req, res) => {
        if (req.url!.startsWith('/moved')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end('{}');
        }
        // The Location carries the token, as a careless server's might: the report must not.
        const location = `${crossOrigin ? elsewhere.url : self.url}/moved${req.url}${req.url!.includes('?') ? '&' : '?'}echo=${passwordOf(req)}`;
        res.writeHead(302, { location, 'content-length': '0' });
        res.end();
      }),
    );
    self.url = server.url;
    const outcome = await runAgainst(targets.upstream, server.url, crossOrigin ? 'redirect-cross' : 'redirect-same');
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'status_code')).toContain('Received: 302 / Documented: 201');
    expect(elsewhere.seen).toEqual([]);
    expect(server.seen.filter((s) => s.url.startsWith('/moved'))).toEqual([]);
    expect(apiRequests(server).length).toBeGreaterThan(0);
    expect(msFromProbe(outcome, server)).toBeLessThan(180_000);
  }, 300_000);

  // Once the 429s are spent, every request goes through the proxy to the emulator: the whole run must
  // pass, the protocol probes included (the oversized body's 413 once lost the answer behind it, #11).
  it.each([
    // At least what Retry-After asks (capped at 5 s); how much later depends on the machine, so the
    // upper bound only shows that 3600 s was not waited.
    { retryAfter: '1', limited: 3, gap: [950, 60_000] },
    { retryAfter: '3600', limited: 1, gap: [4900, 60_000] },
  ])('answers 429 with Retry-After: $retryAfter to the first $limited request(s): retried, no failure, summary.retried429 = $limited', async ({ retryAfter, limited, gap }) => {
    let answered429 = 0;
    const server = await serve((req, res, tools) => {
      if (isProbe(req) || answered429 >= limited) return tools.forward();
      answered429 += 1;
      req.resume();
      res.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 }));
    });
    const outcome = await runAgainst(targets.upstream, server.url, `rate-limited-${retryAfter}`, ['--concurrency', '1', '--rate', '200']);
    const api = apiRequests(server);
    const gaps = api.slice(1, limited + 1).map((s, i) => Math.round(s.at - api[i]!.at));
    console.log(`429 with Retry-After: ${retryAfter}: exit ${outcome.code}, ${msFromProbe(outcome, server)} ms from the probe to exit; gaps after each 429: ${gaps.join(', ')} ms`);
    expect(outcome.code, describeOutcome(outcome)).toBe(0);
    expect(outcome.report!.failures).toEqual([]);
    expect(outcome.report!.summary.retried429).toBe(limited);
    expect(answered429).toBe(limited);
    expect(gaps).toHaveLength(limited);
    for (const waited of gaps) {
      expect(waited).toBeGreaterThanOrEqual(gap[0]!);
      expect(waited).toBeLessThanOrEqual(gap[1]!);
    }
    expect(msFromProbe(outcome, server)).toBeLessThan(180_000);
  }, 300_000);

  it.each([502, 503])('answers %i with an HTML page and headers that echo the credentials: no_server_error, error_shape, token redacted', async (status) => {
    const server = await serve(
      onApi((req, res) => {
        const authorization = req.headers.authorization ?? '';
        const password = passwordOf(req);
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-echo-authorization': authorization, 'x-echo-password': password });
        res.end(
          `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Service unavailable</h1>` +
            `<pre>Authorization: ${authorization}\npassword=${password}\nurl=${req.url}</pre></body></html>`,
        );
      }),
    );
    const outcome = await runAgainst(targets.upstream, server.url, `html-${status}`);
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'no_server_error').some((message) => message.startsWith(`Received: ${status} for `))).toBe(true);
    expect(messagesOf(outcome, 'error_shape').some((message) => message.startsWith(`a ${status} must have a JSON error body`))).toBe(true);
    const htmlBodies = outcome.report!.failures.filter((failure) => failure.response?.body.includes('<h1>'));
    expect(htmlBodies.length).toBeGreaterThan(0);
    // The page echoed the real token (the auth scenario's pages echo other ones): the report masks it.
    expect(htmlBodies.some((failure) => failure.response!.body.includes('password=***\n'))).toBe(true);
    expect(htmlBodies.some((failure) => failure.response!.headers['x-echo-password'] === '***')).toBe(true);
    expect(msFromProbe(outcome, server)).toBeLessThan(180_000);
  }, 300_000);
});
