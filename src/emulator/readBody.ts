import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT } from './bodyLimit.js';

export { BODY_LIMIT };

export type BodyResult = { tooLarge: false; bytes: Buffer } | { tooLarge: true };

/**
 * Reads a request body up to `limit` bytes. A declared length over the limit is refused before a byte
 * is read; a chunked body that grows past it stops being read at once.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve({ tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd).pause();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve({ tooLarge: false, bytes: Buffer.concat(chunks) });
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}
