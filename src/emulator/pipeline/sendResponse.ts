import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORS_HEADERS } from './corsHeaders.js';
import type { EmulatorResponse, EmulatorStats } from '../types.js';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** How long a connection whose body we stopped reading may linger once the answer is out. */
const CLOSE_GRACE_MS = 200;

/** Serialises a response: JSON with its length, CORS headers, no body on 204; closes when asked to. */
export function sendResponse(req: IncomingMessage, res: ServerResponse, response: EmulatorResponse, stats: EmulatorStats): void {
  stats.responsesByStatus[response.status] = (stats.responsesByStatus[response.status] ?? 0) + 1;
  const headers: Record<string, string> = { ...CORS_HEADERS, ...response.headers };
  const hasBody = response.body !== undefined && response.status !== 204 && response.status !== 304;
  const payload = hasBody ? Buffer.from(JSON.stringify(response.body), 'utf8') : undefined;
  if (payload) headers['content-type'] ??= JSON_TYPE;
  if (response.status !== 204) headers['content-length'] = String(payload?.length ?? 0);
  if (response.close) {
    headers.connection = 'close';
    res.once('finish', () => {
      req.socket.end();
      setTimeout(() => req.socket.destroy(), CLOSE_GRACE_MS).unref();
    });
  }
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, headers);
  res.end(payload);
}
