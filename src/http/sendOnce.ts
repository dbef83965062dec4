import type { Dispatcher } from 'undici';
import { parseResponseJson } from './parseResponseJson.js';
import { lowerCaseHeaders } from './lowerCaseHeaders.js';
import { readBody } from './readBody.js';
import { transportFailureCode } from './transportFailureCode.js';
import type { TimeoutWheel } from './createTimeoutWheel.js';
import type { Exchange, HttpRequest, TransportFailure } from './types.js';

export interface SendLimits {
  timeoutMs: number;
  maxBodyBytes: number;
  /** Where the attempt's deadline timer comes from (one timer for all requests). */
  wheel: TimeoutWheel;
  /** Epoch ms: the attempt gets no more time than is left before it (and fails as DEADLINE). */
  deadlineAt?: number;
}

/**
 * One attempt on one dispatcher, never throwing: undici's headers and body timeouts plus a deadline
 * for the whole exchange (passed before the headers: TIMEOUT; while reading the body: BODY_TIMEOUT),
 * the body read up to the limit, a redirect returned as it is (undici's request follows none).
 */
export async function sendOnce(dispatcher: Dispatcher, path: string, request: HttpRequest, limits: SendLimits): Promise<Exchange | TransportFailure> {
  const started = performance.now();
  const left = limits.deadlineAt === undefined ? Number.POSITIVE_INFINITY : limits.deadlineAt - Date.now();
  if (left <= 0) return { request, code: 'DEADLINE', message: "the run's deadline had passed; not sent", durationMs: 0, notSent: true };
  const byDeadline = left < limits.timeoutMs;
  const budget = Math.ceil(Math.min(limits.timeoutMs, left));
  const timer = limits.wheel.signal(budget);
  const deadline = timer.signal;
  let phase: 'headers' | 'body' = 'headers';
  let declaredLength: string | undefined;
  try {
    const response = await dispatcher.request({
      path,
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: deadline.forUndici(),
      headersTimeout: budget,
      bodyTimeout: budget,
    });
    phase = 'body';
    const length = response.headers['content-length'];
    declaredLength = typeof length === 'string' ? length : undefined;
    // A declared length within the cap, or a status that has no body, can be read in one go
    // (undici's own fast path); anything else is read chunk by chunk and cut at the cap.
    const declared = Number(declaredLength);
    const body =
      (declaredLength !== undefined && declared <= limits.maxBodyBytes) || response.statusCode === 204 || response.statusCode === 304
        ? { text: await response.body.text(), truncated: false }
        : await readBody(response.body, limits.maxBodyBytes);
    const headers = lowerCaseHeaders(response.headers);
    return {
      request,
      response: {
        status: response.statusCode,
        headers,
        body: body.text,
        truncated: body.truncated,
        ...parseResponseJson(headers['content-type'], body.text, body.truncated),
        durationMs: performance.now() - started,
      },
    };
  } catch (error) {
    const durationMs = performance.now() - started;
    const code = transportFailureCode(error);
    if (deadline.aborted || code === 'TIMEOUT' || code === 'BODY_TIMEOUT') {
      const what = phase === 'body' ? 'body' : 'response headers';
      if (byDeadline) return { request, code: 'DEADLINE', message: `the run's deadline passed while waiting for the ${what}`, durationMs };
      return { request, code: phase === 'body' ? 'BODY_TIMEOUT' : 'TIMEOUT', message: `no complete ${what} within ${limits.timeoutMs} ms`, durationMs };
    }
    if (phase === 'body' && declaredLength !== undefined && code === 'CONNECTION_RESET' && /other side closed/iu.test((error as Error).message)) {
      // The connection closed cleanly before the body was whole: a broken message, not a reset.
      return { request, code: 'PROTOCOL', message: `the body ended before its declared Content-Length of ${declaredLength} bytes`, durationMs };
    }
    return { request, code, message: (error as Error).message, durationMs };
  } finally {
    timer.done();
  }
}
