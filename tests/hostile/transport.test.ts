// Targets that give no HTTP answer: refused, silent, dripping, reset, cut short. The run must name what
// happened (exit 2 once for a target that cannot be reached; otherwise a `no answer: <CODE>` failure),
// end within its timeouts and deadline, and write the token nowhere.
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
    expect(outcome.ms).toBeLessThan(20_000);
  });

  it('accepts and never answers anything: exit 2 naming TIMEOUT, within --timeout of the probe', async () => {
    const server = await serve(silent);
    const outcome = await runAgainst(targets.upstream, server.url, 'silent-all', ['--timeout', '1500', '--deadline', '20000']);
    console.log(`silent target: ${msFromProbe(outcome, server)} ms from the probe to exit (--timeout 1500)`);
    expect(outcome.code, describeOutcome(outcome)).toBe(2);
    expect(outcome.stderr).toMatch(new RegExp(`^apiconform run: target ${server.url.replace(/\./gu, '\\.')} cannot be reached: TIMEOUT \\(.+\\)\\n$`, 'u'));
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /']);
    expect(msFromProbe(outcome, server)).toBeLessThan(1500 + 3500);
  }, 60_000);

  it.each([
    // The deadline counts from the start of the command (specs, probe and vitest start-up included),
    // so it leaves several request timeouts' worth of time after start-up on a loaded machine.
    { name: 'never answers an API request', behaviour: silent, flags: ['--timeout', '1000', '--deadline', '9000'], code: 'TIMEOUT', after: [1000, 4000], maxMs: 9000 + 15_000 },
    { name: 'answers one byte a second', behaviour: drip, flags: ['--timeout', '1500', '--deadline', '10000'], code: 'BODY_TIMEOUT', after: [1500, 4500], maxMs: 10000 + 15_000 },
    { name: 'resets the connection mid-body', behaviour: resetMidBody, flags: [], code: 'CONNECTION_RESET', after: undefined, maxMs: 30_000 },
    { name: 'declares more Content-Length than it sends, then ends', behaviour: shortBody, flags: [], code: 'PROTOCOL', after: undefined, maxMs: 30_000 },
  ])('$name: exit 1, no_server_error "no answer: $code"', async ({ name, behaviour, flags, code, after, maxMs }) => {
    const server = await serve(onApi(behaviour));
    const outcome = await runAgainst(targets.upstream, server.url, name.replace(/\W+/gu, '-'), flags);
    const noAnswers = messagesOf(outcome, 'no_server_error').filter((message) => message.startsWith('no answer: '));
    console.log(`${name}: exit ${outcome.code}, ${msFromProbe(outcome, server)} ms from the probe to exit, ${apiRequests(server).length} API requests; ${noAnswers[0] ?? 'no transport failure reported'}`);
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(apiRequests(server).length).toBeGreaterThan(0);
    expect(noAnswers.map((message) => message.split(' ')[2]), describeOutcome(outcome)).toContain(code);
    if (after) {
      const took = noAnswers.filter((message) => message.startsWith(`no answer: ${code} `)).map(afterMs);
      expect(Math.min(...took)).toBeGreaterThanOrEqual(after[0]! - 50);
      expect(Math.max(...took)).toBeLessThanOrEqual(after[1]!);
    }
    expect(msFromProbe(outcome, server)).toBeLessThan(maxMs);
  }, 60_000);

  it('--deadline ends the whole run: the request in flight fails with DEADLINE, nothing is sent after it', async () => {
    const server = await serve(onApi(silent));
    const outcome = await runAgainst(targets.upstream, server.url, 'deadline', ['--timeout', '60000', '--deadline', '4000', '--concurrency', '4'], { killAfterMs: 20_000 });
    const sent = apiRequests(server);
    console.log(`deadline 4000 ms: exit ${outcome.code}, ${msFromProbe(outcome, server)} ms from the probe to exit, ${sent.length} API requests, first API request to exit ${Math.round(outcome.endedAt - (sent[0]?.at ?? 0))} ms`);
    expect(outcome.code, describeOutcome(outcome)).toBe(1);
    expect(messagesOf(outcome, 'no_server_error').some((message) => message.startsWith('no answer: DEADLINE'))).toBe(true);
    // Requests the deadline kept from being sent are not blamed on the target: the run says it is incomplete.
    expect(outcome.stdout).toMatch(/^INCOMPLETE: \d+ request\(s\) were not sent because the deadline \(--deadline 4000\) passed$/mu);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.every((s) => s.at <= sent[0]!.at + 4000)).toBe(true);
    expect(outcome.endedAt - sent[0]!.at).toBeLessThan(4000 + 5000);
  }, 60_000);
});
