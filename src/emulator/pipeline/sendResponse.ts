import type { ServerResponse } from 'node:http';
import { CORS_HEADERS } from './corsHeaders.js';
import type { EmulatorResponse, EmulatorStats } from '../types.js';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Serialises a response: JSON with its length, CORS headers, no body on 204. */
export function sendResponse(res: ServerResponse, response: EmulatorResponse, stats: EmulatorStats): void {
  stats.responsesByStatus[response.status] = (stats.responsesByStatus[response.status] ?? 0) + 1;
  const headers: Record<string, string> = { ...CORS_HEADERS, ...response.headers };
  const hasBody = response.body !== undefined && response.status !== 204 && response.status !== 304;
  const payload = hasBody ? Buffer.from(JSON.stringify(response.body), 'utf8') : undefined;
  if (payload) headers['content-type'] ??= JSON_TYPE;
  if (response.status !== 204) headers['content-length'] = String(payload?.length ?? 0);
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, headers);
  res.end(payload);
}
