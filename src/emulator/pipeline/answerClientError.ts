import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { JSON_TYPE } from './sendResponse.js';
import { ERROR_CODES, moreInfo } from '../twilioError.js';

/**
 * Requests Node's HTTP parser refuses before they reach the pipeline (headers too large, a broken
 * request line) still get a Twilio error body instead of Node's bare one.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const code = ERROR_CODES.invalidParameter;
  const body = JSON.stringify({ code, message: `Malformed request: ${error.code ?? error.message}`, more_info: moreInfo(code), status });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${JSON_TYPE}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
