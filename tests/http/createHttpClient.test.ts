import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TRUNCATED_TEXT_BYTES } from '../../src/http/readBody.js';
import { createHttpClient } from '../../src/http/createHttpClient.js';
import type { Exchange, HttpClient, HttpRequest, TransportFailure } from '../../src/http/types.js';
import { closedPort, startServer, type TestServer } from './startServer.js';

const get = (url: string): HttpRequest => ({ method: 'GET', url, headers: { Accept: 'application/json' } });
const MIB = 1024 * 1024;

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe('createHttpClient answers', () => {
  it('parses JSON by content type and lower-cases header names', async () => {
    server = await startServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'X-Odd-Case': 'v' }).end('{"sid":"MB1"}'));
    client = createHttpClient();
    const { response } = (await client.send(get(`${server.url}/x`))) as Exchange;
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ sid: 'MB1' });
    expect(response.jsonError).toBeUndefined();
    expect(response.headers['x-odd-case']).toBe('v');
    expect(response.truncated).toBe(false);
  });

  it('says why a JSON body does not parse, and leaves other types alone', async () => {
    server = await startServer((req, res) =>
      req.url === '/bad' ? res.writeHead(500, { 'Content-Type': 'application/json' }).end('{oops') : res.writeHead(200, { 'Content-Type': 'text/plain' }).end('{}'),
    );
    client = createHttpClient();
    const bad = (await client.send(get(`${server.url}/bad`))) as Exchange;
    expect(bad.response.json).toBeUndefined();
    expect(bad.response.jsonError).toMatch(/JSON/u);
    const text = (await client.send(get(`${server.url}/text`))) as Exchange;
    expect(text.response.json).toBeUndefined();
    expect(text.response.body).toBe('{}');
  });

  it('does not follow a redirect', async () => {
    let hits = 0;
    server = await startServer((_req, res) => {
      hits += 1;
      res.writeHead(302, { Location: 'http://example.invalid/elsewhere' }).end();
    });
    client = createHttpClient();
    const { response } = (await client.send(get(`${server.url}/go`))) as Exchange;
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('http://example.invalid/elsewhere');
    expect(hits).toBe(1);
  });
});

/** A server that answers after `delayMs` and counts the most requests it held at once. */
async function startSlowServer(delayMs: number): Promise<{ most(): number }> {
  let inFlight = 0;
  let most = 0;
  server = await startServer((_req, res) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      res.end('ok');
    }, delayMs);
  });
  return { most: () => most };
}

describe('createHttpClient limits', () => {
  it('gives up on a server that never answers: TIMEOUT near timeoutMs', async () => {
    server = await startServer(() => {});
    client = createHttpClient({ timeoutMs: 300 });
    const started = performance.now();
    const failure = (await client.send(get(`${server.url}/hang`))) as TransportFailure;
    const elapsed = performance.now() - started;
    expect(failure.code).toBe('TIMEOUT');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // Not before the timeout; how much after depends on the machine (only a hang fails this).
    expect(elapsed).toBeLessThan(60_000);
  });

  it('gives up on a body that stalls: BODY_TIMEOUT', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('start');
    });
    client = createHttpClient({ timeoutMs: 300 });
    const failure = (await client.send(get(`${server.url}/stall`))) as TransportFailure;
    expect(failure.code).toBe('BODY_TIMEOUT');
  });

  it('reads at most maxBodyBytes of a 50 MB body and drops the rest unread', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const pump = (): void => {
        while (written < 50 * MIB) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.destroy());
      pump();
    });
    client = createHttpClient({ maxBodyBytes: MIB });
    const before = process.memoryUsage().rss;
    const { response } = (await client.send(get(`${server.url}/big`))) as Exchange;
    const grown = process.memoryUsage().rss - before;
    expect(response.truncated).toBe(true);
    // Read up to the cap, but only the start of it kept as text: it is never parsed, only shown.
    expect(response.body).toBe('x'.repeat(TRUNCATED_TEXT_BYTES));
    expect(response.json).toBeUndefined();
    expect(response.jsonError).toBe('the body is longer than the client reads, so it was not parsed');
    expect(grown).toBeLessThan(20 * MIB);
    expect(written).toBeLessThan(25 * MIB);
  });

  it('holds at most `concurrency` requests in flight', async () => {
    const slow = await startSlowServer(30);
    client = createHttpClient({ concurrency: 3 });
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => client!.send(get(`${server!.url}/${i}`))));
    expect(outcomes.map((outcome) => (outcome as Exchange).response.status)).toEqual(Array(12).fill(200));
    expect(slow.most()).toBe(3);
    expect(client.stats.maxInFlight).toBe(3);
    expect(client.stats.sent).toBe(12);
  });

  it('sends nothing after its deadline, except with pastDeadline, still within `concurrency`', async () => {
    const slow = await startSlowServer(20);
    client = createHttpClient({ concurrency: 2, deadlineAt: Date.now() - 1 });
    const late = (await client.send(get(`${server!.url}/late`))) as TransportFailure;
    expect(late).toMatchObject({ code: 'DEADLINE', notSent: true });
    const cleanup = await Promise.all(Array.from({ length: 6 }, (_, i) => client!.send(get(`${server!.url}/${i}`), { pastDeadline: true })));
    expect(cleanup.map((outcome) => (outcome as Exchange).response.status)).toEqual(Array(6).fill(200));
    expect(slow.most()).toBe(2);
  });

  it('starts no more than `rate` requests a second', async () => {
    server = await startServer((_req, res) => res.end('ok'));
    client = createHttpClient({ rate: 20 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 5 }, () => client!.send(get(`${server!.url}/`))));
    // The first token is there at once; the other four take 50 ms each.
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('createHttpClient retries 429', () => {
  it('waits as Retry-After asks (bounded by maxDelayMs), then succeeds', async () => {
    let hits = 0;
    server = await startServer((_req, res) => {
      hits += 1;
      if (hits <= 2) res.writeHead(429, { 'Retry-After': hits === 1 ? '0' : '3600', 'Content-Type': 'application/json' }).end('{"code":20429}');
      else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    client = createHttpClient({ retry429: { maxRetries: 3, maxDelayMs: 100 } });
    const started = performance.now();
    const { response } = (await client.send(get(`${server.url}/busy`))) as Exchange;
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ok: true });
    expect(hits).toBe(3);
    expect(client.stats.retried429).toBe(2);
    expect(client.stats.sent).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(95);
    // Retry-After: 3600 was capped at 100 ms (a minute is generous for any machine, and far from an hour).
    expect(elapsed).toBeLessThan(60_000);
  });

  it('returns the last 429 once the retries are spent', async () => {
    server = await startServer((_req, res) => res.writeHead(429, { 'Retry-After': '0' }).end());
    client = createHttpClient({ retry429: { maxRetries: 2, maxDelayMs: 10 } });
    const { response } = (await client.send(get(`${server.url}/busy`))) as Exchange;
    expect(response.status).toBe(429);
    expect(client.stats.retried429).toBe(2);
    expect(client.stats.sent).toBe(3);
  });
});

describe('createHttpClient transport failures', () => {
  it('CONNECTION_REFUSED when nothing listens', async () => {
    client = createHttpClient();
    const failure = (await client.send(get(`http://127.0.0.1:${await closedPort()}/`))) as TransportFailure;
    expect(failure.code).toBe('CONNECTION_REFUSED');
    expect(client.stats.failures).toBe(1);
  });

  it('CONNECTION_RESET when the server resets the connection (RST) mid-body', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"partial":', () => setTimeout(() => res.socket?.resetAndDestroy(), 20));
    });
    client = createHttpClient();
    const failure = (await client.send(get(`${server.url}/reset`))) as TransportFailure;
    expect(failure.code).toBe('CONNECTION_RESET');
  });

  it('PROTOCOL when the server closes the connection before the declared Content-Length', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"partial":', () => setTimeout(() => res.socket?.destroy(), 20));
    });
    client = createHttpClient();
    const failure = (await client.send(get(`${server.url}/short`))) as TransportFailure;
    expect(failure.code).toBe('PROTOCOL');
    expect(failure.message).toBe('the body ended before its declared Content-Length of 1000 bytes');
  });

  it('PROTOCOL when the answer is not HTTP', async () => {
    const smtp = createServer((socket) => socket.end('220 smtp ready\r\n\r\n', () => socket.destroy()));
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    client = createHttpClient();
    const failure = (await client.send(get(`http://127.0.0.1:${(smtp.address() as AddressInfo).port}/`))) as TransportFailure;
    await new Promise((resolve) => smtp.close(resolve));
    expect(failure.code).toBe('PROTOCOL');
    expect(failure.message).toMatch(/HTTP/u);
  });
});
