import { constants } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors.js';
import { ensureParentDir } from '../run/ensureParentDir.js';

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Why `file` cannot take a report, or undefined when it can (missing folders are created). */
async function whyNotWritable(file: string): Promise<string | undefined> {
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) return 'it is a folder';
  // Opening a FIFO for writing waits for a reader: it would hang the end of the run.
  if (found && (found.isFIFO() || found.isSocket())) return 'it is not a regular file';
  if (!found) {
    try {
      await ensureParentDir(file);
    } catch (error) {
      return (error as Error).message;
    }
  }
  try {
    // An existing file is opened without truncating it: an earlier run's report stays until this run's replaces it.
    if (found) await (await open(file, constants.O_WRONLY | constants.O_NONBLOCK)).close();
    else await (await open(file, 'wx')).close().then(() => unlink(file));
    return undefined;
  } catch (error) {
    return `it cannot be opened for writing (${codeOf(error)})`;
  }
}

/**
 * Every report flag's file is tried before any request is sent: a file that cannot be written is a
 * usage error (exit 2) naming the flag, the file and why, instead of a lost report after the run.
 */
export async function checkReportPaths(reports: Readonly<Record<string, string | undefined>>): Promise<void> {
  for (const [flag, file] of Object.entries(reports)) {
    if (file === undefined) continue;
    const why = await whyNotWritable(path.resolve(file));
    if (why) throw new HarnessError('USAGE', `${flag} ${file}: cannot write the report: ${why}`);
  }
}
