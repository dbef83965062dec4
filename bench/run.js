// `npm run bench`: the performance figures of apiconform, printed as a table and written to
// bench/results.json. Every figure is the median of several repetitions; ratios are measured side by
// side in the same run, absolute figures come with the machine they were taken on.
//
//   node bench/run.js [--reps N] [--only spec,validation,generation,e2e,default,diff,serve,whole]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDefaultRun } from './defaultRun.js';
import { benchDiff } from './diff.js';
import { benchEndToEnd } from './endToEnd.js';
import { benchServeAll } from './serveAll.js';
import { benchWholeDescription } from './wholeDescription.js';
import { BENCH_DIR, fmt, machine, round, table } from './lib.js';
import { benchSpecLoad } from './specLoad.js';
import { benchGeneration, benchValidation } from './throughput.js';

const { values } = parseArgs({ options: { reps: { type: 'string' }, only: { type: 'string' } } });
const REPS = values.reps ? Number(values.reps) : 5;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (section) => !only || only.has(section);
const log = (line) => process.stderr.write(`${line}\n`);

const TARGETS = { e2eRatio: 0.6, officialLoadMs: 5000, officialPeakRssMB: 500, defaultRunMs: 15_000, diffMs: 10_000, serveStartupMs: 10_000, servePeakRssMB: 1024, wholeCostRatio: 1.5, wholePeakRssMB: 1536 };

const started = performance.now();
const results = { generatedAt: new Date().toISOString(), machine: machine(), reps: REPS, targets: TARGETS };
const m = results.machine;
log(`apiconform bench: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryMB} MB, Node ${m.node}; ${REPS} repetitions per figure`);

if (wanted('spec')) {
  log('1. spec load (fresh child process per measurement)');
  results.specLoad = await benchSpecLoad({ reps: REPS, log });
}
if (wanted('validation')) {
  log('2. validation throughput');
  results.validation = await benchValidation({ reps: REPS, ms: 150, log });
}
if (wanted('generation')) {
  log('3. generation throughput');
  results.generation = await benchGeneration({ reps: REPS, validPerRep: 200, basesPerRep: 10, seed: 1, log });
}
if (wanted('e2e')) {
  log('4. end to end (emulator in its own process; harness child vs bare undici replay child)');
  // Five repetitions: single end-to-end ratios swing by ±0.07 on a 2-core machine; the median holds.
  results.endToEnd = await benchEndToEnd({ reps: REPS, runs: 100, seed: 1, log });
}
if (wanted('default')) {
  log('5. default run (node bin/apiconform.js run)');
  results.defaultRun = await benchDefaultRun({ reps: Math.min(REPS, 3), log });
}
if (wanted('diff')) {
  log('6. apiconform diff: the 2024-06-18 release against the current one (node bin/apiconform.js diff)');
  results.diff = await benchDiff({ reps: Math.min(REPS, 3), log });
}

if (wanted('serve')) {
  log('7. apiconform serve --spec ../shared/twilio-oai (every official description in one emulator)');
  results.serveAll = await benchServeAll({ reps: Math.min(REPS, 3), log });
}

if (wanted('whole')) {
  log('8. a whole-description run: all 55 official files against the emulator serving them, beside the default run (same --runs)');
  // One repetition unless asked: a whole run takes a minute or more.
  results.wholeDescription = await benchWholeDescription({ reps: values.reps ? REPS : 1, runs: 25, seed: 1, log });
}

// ---- targets -------------------------------------------------------------------------------------
const checks = [];
const mark = (ok) => (ok === undefined ? '?' : ok ? '✓' : '✗');
if (results.endToEnd) {
  const e = results.endToEnd;
  const same = e.bare.find((b) => b.concurrency === e.harness.concurrencySetting);
  checks.push({
    name: `end to end ≥ ${TARGETS.e2eRatio} × bare undici ceiling (concurrency ${same.concurrency}, the harness setting)`,
    value: same.ratio,
    pass: same.ratio >= TARGETS.e2eRatio,
  });
  const serial = e.bare.find((b) => b.concurrency === 1);
  if (serial && serial !== same) {
    checks.push({ name: `  (for reference: vs bare undici at concurrency 1, one request at a time)`, value: serial.ratio, pass: serial.ratio >= TARGETS.e2eRatio });
  }
}
if (results.specLoad?.official && !results.specLoad.official.skipped) {
  const o = results.specLoad.official;
  checks.push({ name: `all ${o.files} official descriptions loaded + compiled < ${TARGETS.officialLoadMs / 1000} s (incl. module import)`, value: `${fmt(o.ours.totalMs / 1000, 2)} s`, pass: o.ours.totalMs < TARGETS.officialLoadMs });
  checks.push({ name: `… with peak RSS < ${TARGETS.officialPeakRssMB} MB`, value: `${fmt(o.ours.peakRssMB)} MB`, pass: o.ours.peakRssMB < TARGETS.officialPeakRssMB });
} else if (results.specLoad) {
  checks.push({ name: 'official descriptions < 5 s, < 500 MB', value: 'skipped (no ../shared/twilio-oai)', pass: undefined });
}
if (results.defaultRun) {
  checks.push({ name: `npm start (node bin/apiconform.js run) < ${TARGETS.defaultRunMs / 1000} s`, value: `${fmt(results.defaultRun.wallMs / 1000, 2)} s`, pass: results.defaultRun.wallMs < TARGETS.defaultRunMs });
}
if (results.diff && !results.diff.skipped) {
  checks.push({ name: `apiconform diff, all official descriptions against 2024-06-18 < ${TARGETS.diffMs / 1000} s`, value: `${fmt(results.diff.wallMs / 1000, 2)} s`, pass: results.diff.wallMs < TARGETS.diffMs });
}
if (results.serveAll && !results.serveAll.skipped) {
  const s = results.serveAll;
  checks.push({ name: `serve all ${s.files} official descriptions: start-up < ${TARGETS.serveStartupMs / 1000} s (JSON line, import included)`, value: `${fmt(s.startupMs / 1000, 2)} s`, pass: s.startupMs < TARGETS.serveStartupMs });
  checks.push({ name: `… with peak RSS < ${TARGETS.servePeakRssMB} MB`, value: `${fmt(s.peakRssMB)} MB`, pass: s.peakRssMB < TARGETS.servePeakRssMB });
}
if (results.wholeDescription && !results.wholeDescription.skipped) {
  const w = results.wholeDescription;
  checks.push({ name: `whole description: wall time per operation tested ≤ ${TARGETS.wholeCostRatio} × the default run's (--runs ${w.runs})`, value: `${fmt(w.costRatio, 2)}×`, pass: w.costRatio <= TARGETS.wholeCostRatio });
  checks.push({ name: `… with peak RSS < ${TARGETS.wholePeakRssMB} MB`, value: `${fmt(w.all.peakRssMB)} MB`, pass: w.all.peakRssMB < TARGETS.wholePeakRssMB });
}
results.targetChecks = checks;
results.benchWallMs = round(performance.now() - started, 0);
results.machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// ---- table ---------------------------------------------------------------------------------------
const out = [];
out.push('');
out.push(`apiconform bench — ${m.cpu} × ${m.cores} cores, ${m.totalMemoryMB} MB RAM, Node ${m.node}, ${m.platform}`);
out.push(`load average at start ${m.loadAverageAtStart.join(' ')}, at end ${m.loadAverageAtEnd.join(' ')} (other work on the machine makes absolute figures noisy); every figure is a median (n = reps column)`);
out.push('');
const rows = [['#', 'figure', 'value', 'baseline', 'ratio', 'n']];
if (results.specLoad) {
  for (const [key, label] of [['project', 'project specs/'], ['official', 'official twilio-oai']]) {
    const s = results.specLoad[key];
    if (!s) continue;
    if (s.skipped) {
      rows.push(['1', `spec load ${label}`, s.skipped, '', '', '']);
      continue;
    }
    rows.push(['1', `spec load ${label}: ${s.files} files, ${s.operations} ops, ${s.validators} validators — time (load ${fmt(s.ours.loadMs, 0)} + compile ${fmt(s.ours.compileMs, 0)} ms)`, `${fmt(s.ours.workMs, 0)} ms`, `${fmt(s.deref.workMs, 0)} ms deref`, `${fmt(s.ratioTime, 2)}×`, s.ours.reps]);
    rows.push(['1', `spec load ${label}: peak RSS (imports alone ${fmt(s.ours.rssAfterImportMB, 0)} MB); total incl. import ${fmt(s.ours.totalMs, 0)} ms`, `${fmt(s.ours.peakRssMB, 0)} MB`, `${fmt(s.deref.peakRssMB, 0)} MB deref`, `${fmt(s.ratioPeakRss, 2)}×`, s.ours.reps]);
  }
}
if (results.validation) {
  for (const v of results.validation.subjects) {
    rows.push(['2', `validate ${v.name}, ${fmt(v.bytes, 0)} B`, `${fmt(v.oursPerSec, 0)}/s`, `${fmt(v.plainPerSec, 0)}/s plain Ajv2020`, `${fmt(v.ratio, 2)}×`, v.reps]);
  }
}
if (results.generation) {
  for (const g of results.generation.operations) {
    rows.push(['3', `generate ${g.spec} ${g.operationId}: valid / invalid (${fmt(g.invalidPerBase, 0)} per base)`, `${fmt(g.validPerSec, 0)}/s`, `${fmt(g.invalidPerSec, 0)}/s invalid`, '', results.generation.reps]);
  }
}
if (results.endToEnd) {
  const e = results.endToEnd;
  rows.push(['4', `harness, full checks, --runs ${e.runs} --seed ${e.seed}: ${fmt(e.harness.exchanges, 0)} exchanges in ${fmt(e.harness.windowMs, 0)} ms (--concurrency ${e.harness.concurrencySetting}; ${e.harness.connections} connections)`, `${fmt(e.harness.perSec, 0)}/s`, '', '', e.reps]);
  for (const b of e.bare) {
    rows.push(['4', `harness ÷ bare undici replay (ratio per rep), concurrency ${b.concurrency} (${b.connections} conn.)${b.concurrency === e.harness.concurrencySetting ? ' = harness setting: headline' : ' = one request at a time (for reference)'}; per rep ${Math.min(...b.ratioPerRep)}–${Math.max(...b.ratioPerRep)}${b.sameStatusMixAsHarness ? '' : `; statuses ${b.statusDiff}`}`, `${fmt(e.harness.perSec, 0)}/s`, `${fmt(b.perSec, 0)}/s bare`, `${fmt(b.ratio, 2)}×`, e.reps]);
  }
}
if (results.defaultRun) {
  const d = results.defaultRun;
  rows.push(['5', `${d.command} (defaults: embedded emulator, 100 runs): wall`, `${fmt(d.wallMs / 1000, 2)} s`, '', '', d.completeRuns]);
  rows.push(['5', `${d.command}: peak RSS (${d.rssMethod.split(' (')[0]})`, `${fmt(d.peakRssMB, 0)} MB`, '', '', d.completeRuns]);
}
if (results.diff) {
  const d = results.diff;
  if (d.skipped) rows.push(['6', 'apiconform diff 2024-06-18 → current', d.skipped, '', '', '']);
  else rows.push(['6', `apiconform diff 2024-06-18 → current: ${d.changes} changes in ${d.operations} operations (${d.levels.breaking} breaking, ${d.levels.warning} warning, ${d.levels.info} info)`, `${fmt(d.wallMs / 1000, 2)} s`, '', '', d.reps]);
}
if (results.serveAll) {
  const s = results.serveAll;
  if (s.skipped) rows.push(['7', 'serve all official descriptions', s.skipped, '', '', '']);
  else {
    rows.push(['7', `serve --spec twilio-oai: ${s.files} files (${s.specs} spec ids) in one emulator: start-up to its JSON line`, `${fmt(s.startupMs / 1000, 2)} s`, '', '', s.reps]);
    rows.push(['7', 'serve --spec twilio-oai: peak RSS (start-up, one create, one list)', `${fmt(s.peakRssMB, 0)} MB`, '', '', s.reps]);
  }
}
if (results.wholeDescription) {
  const w = results.wholeDescription;
  if (w.skipped) rows.push(['8', 'whole-description run', w.skipped, '', '', '']);
  else {
    rows.push(['8', `run --spec twilio-oai --runs ${w.runs}: ${w.all.operationsTested} of ${w.all.operations} operations tested, ${fmt(w.all.cases, 0)} cases, ${w.all.failures} failures (the emulator's): wall`, `${fmt(w.all.wallMs / 1000, 1)} s`, '', '', w.reps]);
    rows.push(['8', `… cases per second (of the run's own duration)`, `${fmt(w.all.casesPerSec, 0)}/s`, `${fmt(w.core.casesPerSec, 0)}/s default run`, '', w.reps]);
    rows.push(['8', `… wall time per operation tested`, `${fmt(w.all.msPerOperation, 1)} ms`, `${fmt(w.core.msPerOperation, 1)} ms default run (${w.core.operationsTested} ops)`, `${fmt(w.costRatio, 2)}×`, w.reps]);
    rows.push(['8', `… peak RSS (${w.rssMethod})`, `${fmt(w.all.peakRssMB, 0)} MB`, `${fmt(w.core.peakRssMB, 0)} MB default run`, '', w.reps]);
  }
}
out.push(table(rows));
if (results.endToEnd) {
  const e = results.endToEnd;
  out.push('');
  out.push(`4. request mix: ${e.mix.how}.`);
  out.push(`   ${e.mix.requests} requests: ${Object.entries(e.mix.methods).map(([k, v]) => `${k} ${v}`).join(', ')}; statuses ${Object.entries(e.mix.statuses).map(([k, v]) => `${k}×${v}`).join(', ')}; exchanges/s = requests ÷ emulator window (first request in → last response out)`);
  out.push(`   harness JSON report: summary.cases ${e.harness.summaryCases} (case × check) in durationMs ${fmt(e.harness.reportDurationMs, 0)} = ${fmt(e.harness.casesPerSecByReport, 0)} case-checks/s; ${fmt(e.harness.outsideWindowMs, 0)} ms of durationMs fall outside the exchange window (vitest start-up, spec load, collection, teardown)`);
  const bareCpu = e.bare.find((b) => b.concurrency === e.harness.concurrencySetting)?.emulatorCpuUsPerExchange;
  out.push(`   CPU (user + system, all threads): the emulator used ${fmt(e.harness.emulatorCpuUsPerExchange, 0)} µs per exchange answering the harness and ${fmt(bareCpu, 0)} µs answering bare undici at c=${e.harness.concurrencySetting}; the harness process used ${fmt(e.harness.processCpuMs, 0)} ms in all (start-up and vitest included) = ${fmt((e.harness.processCpuMs / e.harness.exchanges) * 1000, 0)} µs per exchange, on ${os.cpus().length} cores shared with the emulator`);
  if (e.harness.failedTests > 0) out.push(`   note: ${e.harness.failedTests} test(s) of the suite failed in this slice; fast-check shrinking of a failure adds requests to the mix`);
  out.push(`   the harness runs the three resources side by side with at most ${e.harness.concurrencySetting} requests in flight; other requests keep that many in flight, judged in case order; list-bracketed writes and sequences go one at a time; the concurrency check uses one burst client of 50 connections (${e.harness.connections} connections in all, reconnections counted); the emulator is single-threaded, so bare undici at concurrency ${e.harness.concurrencySetting} is bounded by it`);
}
if (results.defaultRun?.nonZeroExits.length) {
  out.push('');
  for (const f of results.defaultRun.nonZeroExits) {
    out.push(
      f.crashed
        ? `5. note: one default run exited ${f.exitCode} without running the suite (left out of the median): ${f.crashed.replace(/\s+/gu, ' ').slice(0, 300)}`
        : `5. note: the default run with seed ${f.seed} exited ${f.exitCode}: ${f.failures.join('; ') || 'see its output'}`,
    );
  }
}
if (results.defaultRun && results.defaultRun.npmStartScript !== 'node bin/apiconform.js run') {
  out.push('');
  out.push(`5. note: package.json "start" is currently ${JSON.stringify(results.defaultRun.npmStartScript)}; timed here is ${results.defaultRun.command} as the brief asks.`);
}
out.push('');
out.push(table([['target', 'value', ''], ...checks.map((c) => [c.name, String(c.value), mark(c.pass)])]));
out.push('');
out.push(`bench took ${fmt(results.benchWallMs / 1000, 1)} s; results in bench/results.json`);
console.log(out.join('\n'));
