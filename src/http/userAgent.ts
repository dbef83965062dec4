import { createRequire } from 'node:module';

// src/http and dist/http are both two levels below the package root.
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** What every request says it is: `apiconform/0.1.0`. */
export const USER_AGENT = `apiconform/${version}`;
