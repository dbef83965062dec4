// Section 1: spec load, dereference and validator compilation, each repetition in a fresh child.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, median, OFFICIAL_DIR, PROJECT_SPECS, round, runNode } from './lib.js';

const specFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => /\.(json|ya?ml)$/iu.test(name))
    .sort()
    .map((name) => path.join(dir, name));

async function measure(mode, files) {
  const run = await runNode(['--expose-gc', path.join(BENCH_DIR, 'spec-load-child.js'), mode, ...files], { timeoutMs: 120_000 });
  if (run.code !== 0 || !run.json) throw new Error(`spec-load child (${mode}) failed with exit ${run.code}: ${run.stderr.slice(-2000)}`);
  return { ...run.json, childWallMs: run.wallMs };
}

const summarize = (samples) => ({
  reps: samples.length,
  workMs: round(median(samples.map((s) => s.workMs)), 1),
  importMs: round(median(samples.map((s) => s.importMs)), 1),
  totalMs: round(median(samples.map((s) => s.totalMs)), 1),
  childWallMs: round(median(samples.map((s) => s.childWallMs)), 1),
  peakRssMB: round(median(samples.map((s) => s.peakRssMB)), 1),
  rssAfterImportMB: round(median(samples.map((s) => s.rssAfterImportMB)), 1),
  ...(samples[0].loadMs === undefined
    ? {}
    : { loadMs: round(median(samples.map((s) => s.loadMs)), 1), compileMs: round(median(samples.map((s) => s.compileMs)), 1) }),
});

export async function benchSpecLoad({ reps, log }) {
  const sets = [{ name: 'project specs/', dir: PROJECT_SPECS }, { name: 'official twilio-oai', dir: OFFICIAL_DIR }];
  const out = {};
  for (const set of sets) {
    const key = set.dir === PROJECT_SPECS ? 'project' : 'official';
    if (!existsSync(set.dir)) {
      const message = `skipped: ${set.dir} does not exist`;
      log(`  spec load ${set.name}: ${message}`);
      out[key] = { dir: set.dir, skipped: message };
      continue;
    }
    const files = specFiles(set.dir);
    const ours = [];
    const deref = [];
    for (let rep = 0; rep < reps; rep += 1) {
      // Interleaved, so that drift in machine load hits both alike.
      ours.push(await measure('ours', files));
      deref.push(await measure('deref', files));
    }
    const o = summarize(ours);
    const d = summarize(deref);
    out[key] = {
      dir: path.relative(process.cwd(), set.dir) || '.',
      files: files.length,
      operations: ours[0].operations,
      validators: ours[0].validators,
      ours: o,
      deref: d,
      ratioTime: round(median(ours.map((s, i) => s.workMs / deref[i].workMs)), 2),
      ratioPeakRss: round(median(ours.map((s, i) => s.peakRssMB / deref[i].peakRssMB)), 2),
    };
    log(`  spec load ${set.name}: ours ${o.workMs} ms / ${o.peakRssMB} MB, dereference ${d.workMs} ms / ${d.peakRssMB} MB`);
  }
  return out;
}
