// Section 4: the harness end to end against the emulator vs a bare undici replay of the same requests.
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, median, round, runNode } from './lib.js';

/** The emulator in a child process of its own (see emulator-child.js): same seed → same state. */
export async function startEmulatorChild(seed) {
  const child = fork(path.join(BENCH_DIR, 'emulator-child.js'), [String(seed)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const waiting = new Map();
  let ready;
  const readyPromise = new Promise((resolve, reject) => {
    ready = resolve;
    child.once('exit', (code) => reject(new Error(`emulator child exited with ${code}`)));
  });
  child.on('message', (message) => {
    if (message.type === 'ready') ready(message);
    else waiting.get(message.type)?.(message);
  });
  const info = await readyPromise;
  const ask = (command, reply) =>
    new Promise((resolve) => {
      waiting.set(reply, resolve);
      child.send(command);
    });
  return {
    info,
    target: { baseUrl: info.baseUrl, auth: { accountSid: info.accountSid, authToken: info.authToken }, fixtures: info.fixtures },
    stats: () => ask({ cmd: 'stats' }, 'stats'),
    dump: (file) => ask({ cmd: 'dump', file }, 'dumped'),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ cmd: 'close' });
      }),
  };
}

/** `204 -42, 404 +42`: how a replay's statuses differ from the harness's (reordering at concurrency > 1). */
const statusDiff = (harness, replay) =>
  [...new Set([...Object.keys(harness), ...Object.keys(replay)])]
    .map((status) => [status, (replay[status] ?? 0) - (harness[status] ?? 0)])
    .filter(([, delta]) => delta !== 0)
    .map(([status, delta]) => `${status} ${delta > 0 ? '+' : ''}${delta}`)
    .join(', ');

const sameMix = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * reps × (fresh emulator → harness) and reps × (fresh emulator → bare replay at each concurrency),
 * interleaved. The figure is exchanges per second over the emulator's exchange window.
 */
export async function benchEndToEnd({ reps, runs, seed, log }) {
  const recordingFile = path.join(os.tmpdir(), `apiconform-bench-recording-${process.pid}.json`);
  const harness = [];
  const bare = new Map();
  let recording;
  let harnessConcurrency;
  try {
    for (let rep = 0; rep < reps; rep += 1) {
      const emulator = await startEmulatorChild(seed);
      const idle = await emulator.stats();
      const run = await runNode([path.join(BENCH_DIR, 'harness-child.js'), JSON.stringify(emulator.target), String(runs), String(seed)], { timeoutMs: 180_000 });
      const stats = await emulator.stats();
      if (rep === 0) recording = { ...(await emulator.dump(recordingFile)), methods: stats.methods, statuses: stats.statuses };
      await emulator.close();
      if (run.code !== 0 || !run.json) throw new Error(`harness child failed (exit ${run.code}): ${run.stderr.slice(-2000)}`);
      harnessConcurrency = run.json.concurrency;
      harness.push({
        exchanges: stats.requests,
        windowMs: stats.windowMs,
        perSec: (stats.requests / stats.windowMs) * 1000,
        connections: stats.connections,
        summaryCases: run.json.summary.cases,
        failed: run.json.summary.failed,
        reportDurationMs: run.json.durationMs,
        childWallMs: run.wallMs,
        statuses: stats.statuses,
        emulatorCpuMs: stats.cpuMs - idle.cpuMs,
        harnessCpuMs: run.json.cpuMs,
      });
      log(`  e2e rep ${rep + 1}/${reps}: harness ${stats.requests} exchanges in ${Math.round(stats.windowMs)} ms (${stats.connections} connection(s))`);
      const levels = [...new Set([1, harnessConcurrency])];
      for (const concurrency of levels) {
        const replayEmulator = await startEmulatorChild(seed);
        const replayIdle = await replayEmulator.stats();
        const replay = await runNode([path.join(BENCH_DIR, 'replay-child.js'), recordingFile, replayEmulator.info.baseUrl, String(concurrency)]);
        const replayStats = await replayEmulator.stats();
        await replayEmulator.close();
        if (replay.code !== 0 || !replay.json) throw new Error(`replay child failed (exit ${replay.code}): ${replay.stderr.slice(-2000)}`);
        const list = bare.get(concurrency) ?? [];
        list.push({
          exchanges: replayStats.requests,
          windowMs: replayStats.windowMs,
          perSec: (replayStats.requests / replayStats.windowMs) * 1000,
          clientWallMs: replay.json.wallMs,
          emulatorCpuMs: replayStats.cpuMs - replayIdle.cpuMs,
          connections: replayStats.connections,
          sameStatusMix: sameMix(replayStats.statuses, recording.statuses),
          statuses: replayStats.statuses,
        });
        bare.set(concurrency, list);
        log(`  e2e rep ${rep + 1}/${reps}: bare undici c=${concurrency} ${replayStats.requests} requests in ${Math.round(replayStats.windowMs)} ms`);
      }
    }
  } finally {
    rmSync(recordingFile, { force: true });
  }
  const harnessPerSec = median(harness.map((h) => h.perSec));
  const ceilings = [...bare].map(([concurrency, list]) => {
    const perSec = median(list.map((b) => b.perSec));
    return {
      concurrency,
      perSec: round(perSec, 1),
      // Each repetition's harness run and replays ran back to back: the ratio is taken per repetition.
      ratio: round(median(list.map((b, i) => harness[i].perSec / b.perSec)), 3),
      ratioPerRep: list.map((b, i) => round(harness[i].perSec / b.perSec, 2)),
      connections: Math.max(...list.map((b) => b.connections)),
      emulatorCpuUsPerExchange: round(median(list.map((b) => (b.emulatorCpuMs / b.exchanges) * 1000)), 0),
      sameStatusMixAsHarness: list.every((b) => b.sameStatusMix),
      statuses: list[0].statuses,
      statusDiff: list.map((b) => statusDiff(recording.statuses, b.statuses)).find((diff) => diff !== '') ?? '',
      samples: list.map((b) => ({ exchanges: b.exchanges, windowMs: round(b.windowMs, 1), perSec: round(b.perSec, 1) })),
    };
  });
  return {
    reps,
    runs,
    seed,
    mix: {
      how:
        'every request the harness sent in its first repetition, recorded at the emulator (method, path+query, headers, body bytes) ' +
        'and replayed in the same order on a fresh emulator with the same seed (same SIDs, credentials and state)',
      requests: recording.count,
      methods: recording.methods,
      statuses: recording.statuses,
      bodiesNotRecorded: recording.unreadBodies,
    },
    harness: {
      concurrencySetting: harnessConcurrency,
      connections: Math.max(...harness.map((h) => h.connections)),
      exchanges: median(harness.map((h) => h.exchanges)),
      summaryCases: median(harness.map((h) => h.summaryCases)),
      failedTests: Math.max(...harness.map((h) => h.failed)),
      perSec: round(harnessPerSec, 1),
      windowMs: round(median(harness.map((h) => h.windowMs)), 1),
      reportDurationMs: round(median(harness.map((h) => h.reportDurationMs)), 1),
      emulatorCpuUsPerExchange: round(median(harness.map((h) => (h.emulatorCpuMs / h.exchanges) * 1000)), 0),
      processCpuMs: round(median(harness.map((h) => h.harnessCpuMs)), 0),
      outsideWindowMs: round(median(harness.map((h) => h.reportDurationMs - h.windowMs)), 1),
      casesPerSecByReport: round(median(harness.map((h) => (h.summaryCases / h.reportDurationMs) * 1000)), 1),
      samples: harness.map((h) => ({ exchanges: h.exchanges, windowMs: round(h.windowMs, 1), perSec: round(h.perSec, 1), summaryCases: h.summaryCases, reportDurationMs: h.reportDurationMs })),
    },
    bare: ceilings,
  };
}
