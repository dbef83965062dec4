import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The specs that ship with apiconform (`<package>/specs`), from src/run or dist/run alike. */
export const BUNDLED_SPECS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../specs');
