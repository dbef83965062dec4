import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ensureParentDir } from './ensureParentDir.js';

/**
 * Writes a report, making its missing folders. Opened without blocking: a FIFO with no reader fails
 * at once (ENXIO) instead of holding a thread that no exit can end.
 */
export async function writeReportFile(file: string, text: string): Promise<void> {
  await ensureParentDir(file);
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NONBLOCK, 0o666);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
