// The harness, full checks, against a target given on the command line: runConformance directly
// (vitest worker thread, as `apiconform run` does), without the CLI's reachability probe, so that the
// emulator's exchange window holds nothing but the suite's own requests.
// argv: <target JSON> <runs> <seed>. Prints one JSON line.
import path from 'node:path';
import { CHECK_IDS } from '../dist/checkIds.js';
import { runConformance } from '../dist/run/runConformance.js';
import { withDefaults } from '../dist/run/runtime.js';
import { cpuMs, REPO_ROOT } from './lib.js';

const target = JSON.parse(process.argv[2]);
const runs = Number(process.argv[3] ?? 100);
const seed = Number(process.argv[4] ?? 1);
const runtime = { ...withDefaults({ runs, seed }, CHECK_IDS), specPaths: [path.join(REPO_ROOT, 'specs')], target };
const started = performance.now();
const report = await runConformance(runtime);
const wallMs = performance.now() - started;
console.log(
  JSON.stringify({
    summary: report.summary,
    durationMs: report.durationMs,
    wallMs,
    concurrency: runtime.concurrency,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    cpuMs: cpuMs(),
  }),
);
