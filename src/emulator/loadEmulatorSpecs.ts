import { fileURLToPath } from 'node:url';
import { loadSpecs } from '../spec/loadSpecs.js';
import type { SpecIndex } from '../spec/types.js';

/** `specs/` beside `src/` and `dist/`: the same relative place from either. */
export const DEFAULT_SPECS_DIR = fileURLToPath(new URL('../../specs/', import.meta.url));

const loaded = new Map<string, Promise<SpecIndex>>();

/**
 * Loads spec files and directories once per process; every emulator started from the same list shares
 * the result. Schemas are compiled on first use (per operation, by the request validator), not here:
 * start-up with all of Twilio's descriptions stays a matter of seconds.
 */
export function loadEmulatorSpecs(paths: readonly string[] = [DEFAULT_SPECS_DIR]): Promise<SpecIndex> {
  const key = JSON.stringify(paths);
  let index = loaded.get(key);
  if (!index) {
    index = loadSpecs(paths, { compile: false });
    index.catch(() => loaded.delete(key));
    loaded.set(key, index);
  }
  return index;
}
