import type { Readable } from 'node:stream';

/**
 * Of a body longer than the cap, only this much is kept as text: such a body is never parsed, only
 * shown (a report shows 2000 characters), and a run may hold many of them.
 */
export const TRUNCATED_TEXT_BYTES = 16 * 1024;

export interface BodyText {
  text: string;
  /** True when the body went on past the limit; it was not read further. */
  truncated: boolean;
  bytes: number;
}

/**
 * Reads at most `maxBytes` of a body, then stops and destroys the stream (the connection is dropped,
 * the rest never buffered). The bytes are decoded once the body is whole; of a body past the limit
 * only the first `keepTruncated` bytes become text. A UTF-8 sequence cut short is left out.
 */
export async function readBody(body: Readable, maxBytes: number, keepTruncated = TRUNCATED_TEXT_BYTES): Promise<BodyText> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    if (bytes + chunk.length > maxBytes) {
      body.destroy();
      const head = Buffer.concat(chunks, Math.min(keepTruncated, maxBytes));
      return { text: new TextDecoder('utf-8').decode(head, { stream: true }), truncated: true, bytes: maxBytes };
    }
    bytes += chunk.length;
  }
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks, bytes)), truncated: false, bytes };
}
