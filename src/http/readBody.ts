import type { Readable } from 'node:stream';

export interface BodyText {
  text: string;
  /** True when the body went on past the limit; it was not read further. */
  truncated: boolean;
  bytes: number;
}

/**
 * Reads at most `maxBytes` of a body, then stops and destroys the stream (the connection is dropped,
 * the rest never buffered). A UTF-8 sequence cut at the limit is left out of the text.
 */
export async function readBody(body: Readable, maxBytes: number): Promise<BodyText> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = maxBytes - bytes;
    if (chunk.length > room) {
      text += decoder.decode(chunk.subarray(0, room), { stream: true });
      body.destroy();
      return { text, truncated: true, bytes: maxBytes };
    }
    text += decoder.decode(chunk, { stream: true });
    bytes += chunk.length;
  }
  return { text: text + decoder.decode(), truncated: false, bytes };
}
