import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ensureParentDir } from './ensureParentDir.js';

/**
 * Writes (or appends to) a report, making its missing folders. Opened without blocking: a FIFO with
 * no reader fails at once (ENXIO) instead of holding a thread that no exit can end.
 */
export async function writeReportFile(file: string, text: string, mode: 'write' | 'append' = 'write'): Promise<void> {
  await ensureParentDir(file);
  const how = mode === 'append' ? constants.O_APPEND : constants.O_TRUNC;
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | how | constants.O_NONBLOCK, 0o666);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
