import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT } from './bodyLimit.js';

export { BODY_LIMIT };

/**
 * How much of a refused body is read and thrown away, so that the client, still sending, gets to read
 * the 413 (a socket closed with unread bytes in it resets, and the client loses the answer). Past
 * this, the connection is dropped.
 */
export const DISCARD_LIMIT = 64 * 1024 * 1024;

export type BodyResult = { tooLarge: false; bytes: Buffer } | { tooLarge: true };

/** Reads the rest of a refused body into nothing; a body past `discardLimit` in all ends the connection. */
function discardRest(req: IncomingMessage, seen: number, discardLimit: number): void {
  let size = seen;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > discardLimit) req.socket.destroy();
  });
  req.resume();
}

/**
 * Reads a request body up to `limit` bytes. A declared length over the limit is refused before a byte
 * is kept; a chunked body that grows past it is refused at once. Either way the answer can go out at
 * once while the rest of the body is read and discarded (never buffered).
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT, discardLimit = DISCARD_LIMIT): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    discardRest(req, 0, discardLimit);
    return Promise.resolve({ tooLarge: true });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd);
        chunks.length = 0;
        discardRest(req, size, discardLimit);
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve({ tooLarge: false, bytes: Buffer.concat(chunks) });
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}
