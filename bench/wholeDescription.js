// Section 8: a whole-description run. All 55 official files, `apiconform run --spec ../shared/twilio-oai`
// against the embedded emulator serving the same files, beside the default three-resource run with the
// same --runs and seed, each a fresh process (GNU time -v for the peak RSS where present, else a
// resourceUsage hook): wall time, cases per second, wall time per operation tested, peak RSS.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, median, OFFICIAL_DIR, REPO_ROOT, round, runNode } from './lib.js';

const GNU_TIME = '/usr/bin/time';

async function runOnce(specArgs, { runs, seed, tag, useTime }) {
  const report = path.join(os.tmpdir(), `apiconform-bench-whole-${process.pid}-${tag}.json`);
  const rssFile = path.join(os.tmpdir(), `apiconform-bench-whole-rss-${process.pid}-${tag}.json`);
  const args = [path.join(REPO_ROOT, 'bin/apiconform.js'), 'run', '-q', ...specArgs, '--runs', String(runs), '--seed', String(seed), '--report-json', report];
  const run = useTime
    ? await runNode(['-v', process.execPath, ...args], { command: GNU_TIME, timeoutMs: 1_800_000 })
    : await runNode(['--import', path.join(BENCH_DIR, 'maxrss-hook.js'), ...args], { env: { ...process.env, APICONFORM_BENCH_RSS_FILE: rssFile }, timeoutMs: 1_800_000 });
  const rss = useTime ? /Maximum resident set size \(kbytes\): (\d+)/u.exec(run.stderr)?.[1] : undefined;
  const peakRssMB = useTime ? Number(rss) / 1024 : existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')).maxRssMB : undefined;
  const json = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  rmSync(report, { force: true });
  rmSync(rssFile, { force: true });
  if (!json) throw new Error(`the run wrote no report (exit ${run.code}): ${run.stderr.slice(-400)}`);
  const { summary, durationMs } = json;
  return {
    exitCode: run.code,
    wallMs: round(run.wallMs, 0),
    runMs: durationMs,
    peakRssMB: round(peakRssMB, 0),
    operations: summary.operations,
    operationsTested: summary.operationsTested,
    cases: summary.cases,
    failures: summary.failures,
    casesPerSec: round(summary.cases / (durationMs / 1000), 0),
    msPerOperation: round(run.wallMs / summary.operationsTested, 1),
  };
}

export async function benchWholeDescription({ reps, runs, seed, log }) {
  if (!existsSync(OFFICIAL_DIR)) return { skipped: `no ${OFFICIAL_DIR}` };
  const useTime = existsSync(GNU_TIME) && (await runNode(['-v', 'true'], { command: GNU_TIME })).code === 0;
  const whole = [];
  const core = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const all = await runOnce(['--spec', OFFICIAL_DIR], { runs, seed, tag: `all-${rep}`, useTime });
    log(`  all 55 files, --runs ${runs}: ${all.wallMs} ms wall, ${all.operationsTested} of ${all.operations} operations, ${all.cases} cases, ${all.failures} failures, ${all.peakRssMB} MB, exit ${all.exitCode}`);
    whole.push(all);
    const three = await runOnce([], { runs, seed, tag: `core-${rep}`, useTime });
    log(`  default three resources, --runs ${runs}: ${three.wallMs} ms wall, ${three.operationsTested} operations, ${three.cases} cases, ${three.peakRssMB} MB, exit ${three.exitCode}`);
    core.push(three);
  }
  const med = (samples, key) => round(median(samples.map((s) => s[key])), 1);
  const summary = (samples) => ({
    wallMs: med(samples, 'wallMs'),
    casesPerSec: med(samples, 'casesPerSec'),
    msPerOperation: med(samples, 'msPerOperation'),
    peakRssMB: med(samples, 'peakRssMB'),
    operations: samples[0].operations,
    operationsTested: samples[0].operationsTested,
    cases: samples[0].cases,
    failures: samples[0].failures,
  });
  const all = summary(whole);
  const three = summary(core);
  return {
    runs,
    seed,
    reps,
    rssMethod: useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS via --import hook',
    all,
    core: three,
    costRatio: round(all.msPerOperation / three.msPerOperation, 2),
    samples: { all: whole, core },
  };
}
