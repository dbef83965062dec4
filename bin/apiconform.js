#!/usr/bin/env node
// The installed command. dist/ ships in the package (built by `npm pack`, the prepack script); in a clone,
// `npm start`, `npm test` and `npm run build` build it.
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
