import type { Dispatcher } from 'undici';
import { jsonBody } from './jsonBody.js';
import { lowerCaseHeaders } from './lowerCaseHeaders.js';
import { readBody } from './readBody.js';
import { transportFailureCode } from './transportFailureCode.js';
import type { Exchange, HttpRequest, TransportFailure } from './types.js';

export interface SendLimits {
  timeoutMs: number;
  maxBodyBytes: number;
}

/**
 * One attempt on one dispatcher, never throwing: undici's headers and body timeouts plus a deadline
 * for the whole exchange (passed before the headers: TIMEOUT; while reading the body: BODY_TIMEOUT),
 * the body read up to the limit, a redirect returned as it is (undici's request follows none).
 */
export async function sendOnce(dispatcher: Dispatcher, path: string, request: HttpRequest, limits: SendLimits): Promise<Exchange | TransportFailure> {
  const started = performance.now();
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let phase: 'headers' | 'body' = 'headers';
  try {
    const response = await dispatcher.request({
      path,
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: deadline,
      headersTimeout: limits.timeoutMs,
      bodyTimeout: limits.timeoutMs,
    });
    phase = 'body';
    const body = await readBody(response.body, limits.maxBodyBytes);
    const headers = lowerCaseHeaders(response.headers);
    return {
      request,
      response: {
        status: response.statusCode,
        headers,
        body: body.text,
        truncated: body.truncated,
        ...jsonBody(headers['content-type'], body.text, body.truncated),
        durationMs: performance.now() - started,
      },
    };
  } catch (error) {
    if (deadline.aborted) {
      const code = phase === 'body' ? 'BODY_TIMEOUT' : 'TIMEOUT';
      const message = `no complete ${phase === 'body' ? 'body' : 'response headers'} within ${limits.timeoutMs} ms`;
      return { request, code, message, durationMs: performance.now() - started };
    }
    return { request, code: transportFailureCode(error), message: (error as Error).message, durationMs: performance.now() - started };
  }
}
