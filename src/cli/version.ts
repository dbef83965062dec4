import { createRequire } from 'node:module';

/** The installed package's version (src/cli and dist/cli are both two levels below the package root). */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
