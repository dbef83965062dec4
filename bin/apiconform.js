#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm ci` (the prepare script).
import { main, processIo } from '../dist/cli/main.js';

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`apiconform: internal error: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
