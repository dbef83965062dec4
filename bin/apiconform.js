#!/usr/bin/env node
// The installed command. dist/ ships in the package (built by `npm pack`, the prepack script); in a clone,
// `npm start`, `npm test` and `npm run build` build it.
import { main, processIo } from '../dist/cli/main.js';

/** Once the command has ended, nothing left open (a stuck handle, a worker) may keep the process alive. */
const LINGER_MS = 10_000;
const end = (code) => {
  process.exitCode = code;
  setTimeout(() => {
    process.stderr.write(`apiconform: still running ${LINGER_MS / 1000} s after the command ended; exiting\n`);
    process.exit(code === 0 ? 3 : code);
  }, LINGER_MS).unref();
};

main(process.argv.slice(2), processIo()).then(end, (error) => {
  process.stderr.write(`apiconform: internal error: ${error && error.stack ? error.stack : String(error)}\n`);
  end(3);
});
