import { Agent, createServer, request as forwardRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  /** performance.now() when the request arrived. */
  at: number;
  authorization: string | undefined;
}

export interface Tools {
  /** Hands the request to the upstream (a correct emulator) and its answer back, unchanged. */
  forward(): void;
  /** This request's place among the requests the server got, from 0. */
  index: number;
  /** Runs when the server closes (to stop timers a behaviour started). */
  onClose(cleanup: () => void): void;
}

export type Behaviour = (req: IncomingMessage, res: ServerResponse, tools: Tools) => void;

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request the server received, in order. */
  seen: Seen[];
  close(): Promise<void>;
}

/** The reachability probe the CLI sends before a run (`GET /`): not an API request. */
export const isProbe = (req: IncomingMessage): boolean => req.method === 'GET' && req.url === '/';

/**
 * A real node:http server on 127.0.0.1, port 0, that misbehaves in one way (`behaviour`); with an
 * upstream, `forward()` proxies a request to it, so that the server is correct except for that one way.
 * close() destroys open sockets and stops the behaviour's timers.
 */
export async function startHostile(behaviour: Behaviour, upstream?: string): Promise<HostileServer> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const cleanups: (() => void)[] = [];
  // A fresh connection per forwarded request: a pooled one that sat idle past the upstream's
  // keep-alive timeout (5 s, as long as a capped Retry-After wait) can be reset just as it is reused.
  const agent = new Agent({ keepAlive: false });
  const up = upstream === undefined ? undefined : new URL(upstream);

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    if (!up) throw new Error('this hostile server has no upstream to forward to');
    // The rest of a body the upstream no longer wants is read and dropped, as a proxy would: the client
    // may have sent its next request behind it on this connection (undici does, on keep-alive).
    const dropRest = (): void => {
      req.unpipe(outgoing);
      req.resume();
    };
    const outgoing = forwardRequest(
      { host: up.hostname, port: up.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        // An upstream that answered before the body was all sent (a 413 for a big body) is done with it,
        // and node:http's client stops relaying its socket's 'drain' once the answer is complete: a body
        // still piped under backpressure would stall there, and the client's next request behind it
        // with it (lost after the keep-alive timeout, issue #11). This upstream connection is not reused.
        answer.on('end', () => {
          if (req.complete) return;
          dropRest();
          outgoing.destroy();
        });
      },
    );
    // An upstream that answered early may also close before the body is all sent: its answer already
    // went back whole, so the rest of the body is dropped.
    outgoing.on('error', () => (res.writableEnded ? dropRest() : res.destroy()));
    req.pipe(outgoing);
  };

  const server = createServer((req, res) => {
    const index = seen.length;
    seen.push({ method: req.method ?? '', url: req.url ?? '', at: performance.now(), authorization: req.headers.authorization });
    behaviour(req, res, { forward: () => forward(req, res), index, onClose: (cleanup) => cleanups.push(cleanup) });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const cleanup of cleanups) cleanup();
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers the reachability probe correctly (through the upstream) and every API request with `misbehave`. */
export const onApi =
  (misbehave: Behaviour): Behaviour =>
  (req, res, tools) =>
    isProbe(req) ? tools.forward() : misbehave(req, res, tools);

/** API requests only: the reachability probe is left out. */
export const apiRequests = (server: HostileServer): Seen[] => server.seen.filter((s) => !(s.method === 'GET' && s.url === '/'));
