// The reference emulator in its own process, instrumented from outside (src/ is not touched):
// node:diagnostics_channel gives every request's start and its response's finish, so this process
// can report the exchange window (first request in → last response out), the keep-alive connections
// the client used, the method/status mix, and a recording of every request (for the bare undici replay).
//
// Protocol (IPC): on start it sends {type:'ready', baseUrl, accountSid, authToken, fixtures};
// {cmd:'stats'} → {type:'stats', ...}; {cmd:'dump', file} writes the recording, → {type:'dumped'};
// {cmd:'close'} closes the emulator and exits.
import dc from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { startEmulator } from '../dist/emulator/index.js';
import { cpuMs } from './lib.js';

const seed = Number(process.argv[2] ?? 1);
const recording = [];
const byRequest = new WeakMap();
const stats = { requests: 0, finished: 0, first: undefined, last: undefined, connections: 0 };
const sockets = new WeakSet();

dc.subscribe('http.server.request.start', ({ request, socket }) => {
  const now = performance.now();
  stats.requests += 1;
  stats.first ??= now;
  // Keep-alive connections the client opened: a client with one request in flight at a time reuses
  // one. (Requests in flight cannot be counted here: this single-threaded server finishes each small
  // request before it parses the next, so that count is always 1.)
  if (!sockets.has(socket)) sockets.add(socket), (stats.connections += 1);
  const entry = { method: request.method, url: request.url, headers: { ...request.headers }, chunks: [], status: 0 };
  recording.push(entry);
  byRequest.set(request, entry);
  // Copy body chunks as the emulator reads them, without changing how the stream flows.
  const emit = request.emit;
  request.emit = function (event, ...args) {
    if (event === 'data') entry.chunks.push(args[0]);
    return emit.call(this, event, ...args);
  };
});
dc.subscribe('http.server.response.finish', ({ request, response }) => {
  stats.finished += 1;
  stats.last = performance.now();
  const entry = byRequest.get(request);
  if (entry) entry.status = response.statusCode;
});

const emulator = await startEmulator({ seed });
process.send({ type: 'ready', baseUrl: emulator.baseUrl, accountSid: emulator.accountSid, authToken: emulator.authToken, fixtures: emulator.fixtures });

const mix = () => {
  const methods = {};
  const statuses = {};
  for (const entry of recording) {
    methods[entry.method] = (methods[entry.method] ?? 0) + 1;
    statuses[entry.status] = (statuses[entry.status] ?? 0) + 1;
  }
  return { methods, statuses };
};

process.on('message', async (message) => {
  if (message.cmd === 'stats') {
    process.send({
      type: 'stats',
      requests: stats.requests,
      finished: stats.finished,
      windowMs: stats.first === undefined ? 0 : stats.last - stats.first,
      connections: stats.connections,
      cpuMs: cpuMs(), // so far, for CPU per exchange
      ...mix(),
    });
  } else if (message.cmd === 'dump') {
    let unread = 0;
    const requests = recording.map(({ method, url, headers, chunks, status }) => {
      const body = chunks.length > 0 ? Buffer.concat(chunks).toString('base64') : undefined;
      if (body === undefined && Number(headers['content-length'] ?? 0) > 0) unread += 1;
      return { method, url, headers, status, ...(body === undefined ? {} : { body }) };
    });
    writeFileSync(message.file, JSON.stringify({ seed, unreadBodies: unread, requests }));
    process.send({ type: 'dumped', count: requests.length, unreadBodies: unread });
  } else if (message.cmd === 'close') {
    await emulator.close();
    process.disconnect();
    process.exit(0);
  }
});
