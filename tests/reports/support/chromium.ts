import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';

/** Debian's `chromium` package; the browser tests skip, saying so, where it is not installed. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Headless Chromium on a file, offline and with a throwaway profile; resolves with its stdout. */
export async function chromium(file: string, width: number, height: number, action: string[]): Promise<string> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'apiconform-chromium-'));
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, `--window-size=${width},${height}`, ...action, `file://${file}`,
  ];
  try {
    return await new Promise((resolve, reject) => {
      // Generous: a busy 2-core machine starts a browser slowly; the test asserts nothing about time.
      execFile(CHROMIUM, args, { timeout: 180_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${CHROMIUM} failed: ${error.message}\n${stderr.slice(-2000)}`)) : resolve(stdout),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The first pixel row of a PNG as [r, g, b] triples (8-bit RGB or RGBA, as Chromium writes). */
export function firstPixelRow(png: Buffer): [number, number, number][] {
  const { width } = pngSize(png);
  const colourType = png[25];
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (png[24] !== 8 || channels === 0) throw new Error(`unexpected PNG format: depth ${png[24]}, colour type ${colourType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const filter = raw[0]!;
  const row = Buffer.from(raw.subarray(1, 1 + width * channels));
  // The first row has no row above it: Up is None, Average and Paeth predict from the left pixel alone.
  for (let i = channels; i < row.length; i++) {
    const left = row[i - channels]!;
    if (filter === 1 || filter === 4) row[i] = (row[i]! + left) & 0xff;
    else if (filter === 3) row[i] = (row[i]! + (left >> 1)) & 0xff;
  }
  return Array.from({ length: width }, (_, x) => [row[x * channels]!, row[x * channels + 1]!, row[x * channels + 2]!]);
}
