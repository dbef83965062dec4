import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes (or appends to) a report file, making its folder first. */
export async function writeReportFile(file: string, content: string, mode: 'write' | 'append' = 'write'): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await (mode === 'append' ? appendFile(file, content) : writeFile(file, content));
}
