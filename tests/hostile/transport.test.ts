// Targets that give no HTTP answer: refused, silent, dripping, reset, cut short. The run must name what
// happened (exit 2 once for a target that cannot be reached; otherwise a `no answer: <CODE>` failure),
// end within its timeouts and deadline, and write the token nowhere. No assertion depends on the
// machine's speed: the one limit a test is about is small, every other is generous, and wall times
// are only bounded by minutes (a hung run), never by the limit's own size.
import { describe, expect, it } from 'vitest';
import { closedPort } from '../http/startServer.js';
import { hostileTargets } from './support/hostileTargets.js';
import { apiRequests, onApi, type Behaviour, type HostileServer } from './support/hostileServer.js';
import { describeOutcome, messagesOf, msFromProbe, runAgainst } from './support/hostileRun.js';

const targets = hostileTargets('transport');
const serve = (behaviour: Behaviour): Promise<HostileServer> => targets.serve(behaviour);

const silent: Behaviour = (req) => void req.resume();

const HEADERS_1000 = 'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';

/** Headers at once, then the body one byte a second (it would take 1000 s). */
const drip: Behaviour = (req, res, { onClose }) => {
  req.resume();
  res.writeHead(201, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{');
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
  onClose(() => clearInterval(timer));
};

/** Headers and 10 bytes of a 1000-byte body, then a TCP reset. */
const resetMidBody: Behaviour = (req) => {
  req.resume();
  req.on('end', () => req.socket.write(`${HEADERS_1000}{"sid":"MB`, () => setTimeout(() => req.socket.resetAndDestroy(), 20)));
};

/** Declares 1000 bytes, sends 10, then closes cleanly (FIN): the body is cut short. */
const shortBody: Behaviour = (req) => {
  req.resume();
  req.on('end', () => req.socket.end(`${HEADERS_1000}{"sid":"MB`));
};

const afterMs = (message: string): number => Number(/ after (\d+) ms/u.exec(message)?.[1]);

describe.concurrent('a target that gives no HTTP answer', () => {
  it('refuses the connection: exit 2 and one stderr line naming CONNECTION_REFUSED', async () => {
    const port = await closedPort();
    const outcome = await runAgainst(targets.upstream, `http://127.0.0.1:${port}`, 'refused');
    expect(outcome.code, describeOutcome(outcome)).toBe(2);
    expect(outcome.stderr).toMatch(new RegExp(`^apiconform run: target http://127\\.0\\.0\\.1:${port} cannot be reached: CONNECTION_REFUSED \\(.+\\)\\n$`, 'u'));
    expect(outcome.stdout).toBe('');
    // The reports are still written, with the error and no results (issue 17: the CI page says why).
    expect(outcome.report?.error?.code).toBe('TARGET_UNREACHABLE');
    expect(outcome.report?.results).toEqual([]);
    expect(outcome.ms).toBeLessThan(120_000);
  }, 180_000);

  it('accepts and never answers anything: exit 2 naming TIMEOUT after --timeout', async () => {
    const server = await serve(silent);
    const outcome = await runAgainst(targets.upstream, server.url, 'silent-all', ['--timeout', '1500', '--deadline', '300000']);
    console.log(`silent target: ${msFromProbe(outcome, server)} ms from the probe to exit (--timeout 1500)`);
    expect(outcome.code, describeOutcome(outcome)).toBe(2);
    expect(outcome.stderr).toMatch(new RegExp(`^apiconform run: target ${server.url.replace(/\./gu, '\\.')} cannot be reached: TIMEOUT \\(no complete response headers within 1500 ms\\)\\n$`, 'u'));
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /']);
    expect(msFromProbe(outcome, server)).toBeLessThan(120_000);
  }, 300_000);

  it.each([
    // The deadline counts from the start of the command (specs, probe and vitest start-up included),
    // which a loaded machine stretches: 30 request timeouts and more, so that start-up cannot eat it
    // and requests time out before it passes. It still ends the run (every request would take the
    // whole timeout, one after the other: about 100 s).
    { name: 'never answers an API request', behaviour: silent, flags: ['--timeout', '1000', '--deadline', '45000'], code: 'TIMEOUT', after: 1000 },
    { name: 'answers one byte a second', behaviour: drip, flags: ['--timeout', '1500', '--deadline', '45000'], code: 'BODY_TIMEOUT', after: 1500 },
    { name: 'resets the connection mid-body', behaviour: resetMidBody, flags: [], code: 'CONNECTION_RESET', after: undefined },
    { name: 'declares more Content-Length than it sends, then ends', behaviour: shortBody, flags: [], code: 'PROTOCOL', after: undefined },
  ])('$name: exit 1, no_server_error "no answer: $code"', async ({ name, behaviour, flags, code, after }) => {
    const server = await serve(onApi(behaviour));
    const outcome = await runAgainst(targets.upstream, server.url, name.replace(/\W+/gu, '-'), flags);
    const noAnswers = messagesOf(outcome, 'no_server_error').filter((message) => message.startsWith('no answer: '));
    console.log(`${name}: exit ${outcome.code}, ${msFromProbe(outcome, server)} ms from the probe to exit, ${apiRequests(server).length} API requests; ${noAnswers[0] ?? 'no transport failure reported'}`);
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(apiRequests(server).length).toBeGreaterThan(0);
    expect(noAnswers.map((message) => message.split(' ')[2]), describeOutcome(outcome)).toContain(code);
    if (after) {
      const took = noAnswers.filter((message) => message.startsWith(`no answer: ${code} `)).map(afterMs);
      // Never before the timeout (the wheel's granularity aside); how much later depends on the machine.
      expect(took.length).toBeGreaterThan(0);
      expect(Math.min(...took)).toBeGreaterThanOrEqual(after - 50);
      expect(Math.max(...took)).toBeLessThan(after + 60_000);
    }
    expect(msFromProbe(outcome, server)).toBeLessThan(240_000);
  }, 300_000);

  it('--deadline ends the whole run: the request in flight fails with DEADLINE, nothing is sent after it', async () => {
    const server = await serve(onApi(silent));
    // The deadline is the limit that must fire: long enough for a loaded machine's start-up to leave
    // requests to send, and the request timeout far longer.
    const outcome = await runAgainst(targets.upstream, server.url, 'deadline', ['--timeout', '600000', '--deadline', '30000', '--concurrency', '4'], { killAfterMs: 240_000 });
    const sent = apiRequests(server);
    console.log(`deadline 30000 ms: exit ${outcome.code}, ${msFromProbe(outcome, server)} ms from the probe to exit, ${sent.length} API requests, first API request to exit ${Math.round(outcome.endedAt - (sent[0]?.at ?? 0))} ms`);
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'no_server_error').some((message) => message.startsWith('no answer: DEADLINE'))).toBe(true);
    // Requests the deadline kept from being sent are not blamed on the target: the run says it is incomplete.
    expect(outcome.stdout).toMatch(/^INCOMPLETE: \d+ request\(s\) were not sent because the deadline \(--deadline 30000\) passed$/mu);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.every((s) => s.at <= sent[0]!.at + 30_000)).toBe(true);
    // Ended by the deadline, not by the 10-minute request timeout.
    expect(outcome.endedAt - sent[0]!.at).toBeLessThan(30_000 + 120_000);
  }, 300_000);
});
