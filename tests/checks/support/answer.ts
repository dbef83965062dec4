import { parseResponseJson } from '../../../src/http/parseResponseJson.js';
import type { Exchange, HttpRequest, HttpResponse } from '../../../src/http/types.js';

/**
 * A response as plain data: `json` is sent as a JSON body (Content-Type application/json unless
 * `headers` say otherwise); `body` is sent as it is. Absent both, the response has no body.
 */
export interface Answer {
  status: number;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}

/** The response the HTTP client would hand the checks for this answer (json parsed as the client does). */
export function responseOf(answer: Answer): HttpResponse {
  const body = answer.body ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
  const headers: Record<string, string> = {
    ...(answer.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...Object.fromEntries(Object.entries(answer.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  return { status: answer.status, headers, body, truncated: false, durationMs: 0, ...(body === '' ? {} : parseResponseJson(headers['content-type'], body, false)) };
}

const REQUEST: HttpRequest = { method: 'GET', url: 'http://replay.invalid/', headers: {} };

/** An exchange as plain data (the request is not judged by any check; only the response is). */
export const exchangeOf = (answer: Answer, request: HttpRequest = REQUEST): Exchange => ({ request, response: responseOf(answer) });
