// Section 5: `apiconform run` with every default (the embedded emulator, 100 runs, a random seed), as
// a child process: wall time and peak RSS (GNU time -v when present, else a resourceUsage hook).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, median, REPO_ROOT, round, runNode } from './lib.js';

const GNU_TIME = '/usr/bin/time';

const parseGnuTime = (stderr) => {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
  return rss ? Number(rss[1]) / 1024 : undefined;
};

export async function benchDefaultRun({ reps, log }) {
  const useTime = existsSync(GNU_TIME) && (await runNode(['-v', 'true'], { command: GNU_TIME })).code === 0;
  const samples = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const bin = path.join(REPO_ROOT, 'bin/apiconform.js');
    let run;
    let peakRssMB;
    if (useTime) {
      run = await runNode(['-v', process.execPath, bin, 'run'], { command: GNU_TIME, timeoutMs: 120_000 });
      peakRssMB = parseGnuTime(run.stderr);
    } else {
      const file = path.join(os.tmpdir(), `apiconform-bench-rss-${process.pid}-${rep}.json`);
      run = await runNode(['--import', path.join(BENCH_DIR, 'maxrss-hook.js'), bin, 'run'], {
        env: { ...process.env, APICONFORM_BENCH_RSS_FILE: file },
        timeoutMs: 120_000,
      });
      peakRssMB = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).maxRssMB : undefined;
      rmSync(file, { force: true });
    }
    const ownStderr = run.stderr.split(/^\tCommand being timed/mu)[0].trim();
    const summary = /^(PASSED|FAILED): [^\n]*/mu.exec(run.stdout)?.[0] ?? `(no summary line) ${ownStderr.slice(-400)}`;
    const seed = Number(/, seed (\d+)/u.exec(run.stdout)?.[1]);
    const failures = [...run.stdout.matchAll(/^\d+\) ([^\n]*)/gmu)].map((m) => m[1]);
    samples.push({ wallMs: run.wallMs, peakRssMB, exitCode: run.code, seed, summary, ...(failures.length ? { failures } : {}) });
    log(`  default run ${rep + 1}/${reps}: ${Math.round(run.wallMs)} ms, ${round(peakRssMB, 1)} MB, exit ${run.code}: ${summary}${failures.length ? ` [${failures.join('; ')}]` : ''}`);
  }
  // A run that printed no summary did not run the suite (it crashed, e.g. on a dist/ being rebuilt):
  // it is reported, and left out of the medians.
  const complete = samples.filter((s) => !s.summary.startsWith('(no summary line)'));
  const startScript = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts?.start;
  return {
    command: 'node bin/apiconform.js run',
    npmStartScript: startScript,
    rssMethod: useTime ? '/usr/bin/time -v (Maximum resident set size)' : 'process.resourceUsage().maxRSS via --import hook',
    reps,
    completeRuns: complete.length,
    wallMs: round(median(complete.map((s) => s.wallMs)), 1),
    peakRssMB: round(median(complete.map((s) => s.peakRssMB)), 1),
    nonZeroExits: samples
      .filter((s) => s.exitCode !== 0)
      .map((s) => ({ seed: s.seed, exitCode: s.exitCode, failures: s.failures ?? [], ...(s.summary.startsWith('(no summary') ? { crashed: s.summary } : {}) })),
    samples: samples.map((s) => ({ ...s, wallMs: round(s.wallMs, 1), peakRssMB: round(s.peakRssMB, 1) })),
  };
}
