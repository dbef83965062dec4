import { fileURLToPath } from 'node:url';
import { loadSpecs } from '../spec/loadSpecs.js';
import type { SpecIndex } from '../spec/types.js';

/** `specs/` beside `src/` and `dist/`: the same relative place from either. */
export const DEFAULT_SPECS_DIR = fileURLToPath(new URL('../../specs/', import.meta.url));

const loaded = new Map<string, Promise<SpecIndex>>();

/** Loads a spec directory once per process; every emulator started from it shares the result. */
export function loadEmulatorSpecs(specsDir = DEFAULT_SPECS_DIR): Promise<SpecIndex> {
  let index = loaded.get(specsDir);
  if (!index) {
    index = loadSpecs(specsDir);
    index.catch(() => loaded.delete(specsDir));
    loaded.set(specsDir, index);
  }
  return index;
}
