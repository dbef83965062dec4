// The ceiling: the requests the harness sent (recorded by emulator-child.js), replayed in the same
// order by a bare undici Pool loop: no generation, no checks, the body read as text and dropped.
// argv: <recording file> <base URL> <concurrency>. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { Pool } from 'undici';

const [file, baseUrl, concurrencyText] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
const { requests } = JSON.parse(readFileSync(file, 'utf8'));
const DROP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
const prepared = requests.map(({ method, url, headers, body }) => ({
  method,
  path: url,
  headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !DROP.has(name))),
  ...(body === undefined ? {} : { body: Buffer.from(body, 'base64') }),
}));
const pool = new Pool(new URL(baseUrl).origin, { connections: concurrency });
let next = 0;
const statuses = {};
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < prepared.length) {
      const request = prepared[next++];
      const response = await pool.request(request);
      await response.body.text();
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    }
  }),
);
const wallMs = performance.now() - started;
await pool.close();
console.log(JSON.stringify({ sent: prepared.length, wallMs, statuses }));
