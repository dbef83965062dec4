import type { TransportFailureCode } from './types.js';

const BY_CODE: Record<string, TransportFailureCode> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ECONNRESET: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_RESET',
  UND_ERR_SOCKET: 'CONNECTION_RESET',
  ETIMEDOUT: 'TIMEOUT',
  UND_ERR_CONNECT_TIMEOUT: 'TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'TIMEOUT',
  UND_ERR_BODY_TIMEOUT: 'BODY_TIMEOUT',
  ENOTFOUND: 'DNS',
  EAI_AGAIN: 'DNS',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'PROTOCOL',
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: 'PROTOCOL',
  UND_ERR_HEADERS_OVERFLOW: 'PROTOCOL',
};

/** The error, its causes and (for a dual-stack connect) the errors it aggregates. */
function* chain(error: unknown, depth = 0): Generator<{ code?: unknown; name?: unknown }> {
  if (error === null || typeof error !== 'object' || depth > 5) return;
  yield error as { code?: unknown; name?: unknown };
  yield* chain((error as { cause?: unknown }).cause, depth + 1);
  for (const inner of ((error as { errors?: unknown }).errors as unknown[] | undefined) ?? []) yield* chain(inner, depth + 1);
}

/** A stable code for why a request got no answer: undici's and Node's error codes, HTTP parser errors, aborts. */
export function transportFailureCode(error: unknown): TransportFailureCode {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    if (BY_CODE[code]) return BY_CODE[code];
    if (code.startsWith('HPE_') || link.name === 'HTTPParserError') return 'PROTOCOL';
    if (link.name === 'TimeoutError' || link.name === 'AbortError' || code === 'UND_ERR_ABORTED') return 'TIMEOUT';
  }
  return 'OTHER';
}
