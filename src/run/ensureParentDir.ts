import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Creates the missing folders above `file`, one level at a time. Not `mkdir(…, { recursive: true })`:
 * on Node 20 that never settles (spinning) for a path under /proc.
 */
export async function ensureParentDir(file: string): Promise<void> {
  const missing: string[] = [];
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    const found = await stat(dir).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined;
      throw new Error(`${dir} cannot be read (${codeOf(error)})`);
    });
    if (found) {
      if (!found.isDirectory()) throw new Error(`${dir} is not a folder`);
      break;
    }
    missing.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if (codeOf(error) !== 'EEXIST') throw new Error(`the folder ${folder} cannot be created (${codeOf(error)})`);
    });
  }
}
