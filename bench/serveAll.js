// Section 7: `apiconform serve --spec ../shared/twilio-oai`, every official description in one emulator,
// as a user starts it (a fresh process per repetition): the time until its JSON line (start-up, module
// import included), then one create and one list answered, then its peak RSS (a resourceUsage hook) on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BENCH_DIR, median, OFFICIAL_DIR, REPO_ROOT, round } from './lib.js';

async function once(rep) {
  const file = path.join(os.tmpdir(), `apiconform-bench-serve-rss-${process.pid}-${rep}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', path.join(BENCH_DIR, 'maxrss-hook.js'), path.join(REPO_ROOT, 'bin/apiconform.js'), 'serve', '--spec', OFFICIAL_DIR, '--seed', '1'], {
    cwd: REPO_ROOT,
    env: { ...process.env, APICONFORM_BENCH_RSS_FILE: file },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited ${code} before its JSON line`)));
  });
  const startupMs = performance.now() - started;
  const { baseUrl, baseUrls, accountSid, authToken } = JSON.parse(line);
  const headers = { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' };
  const created = await fetch(`${baseUrls.chat_v2}/v2/Services`, { method: 'POST', headers, body: 'FriendlyName=bench' });
  const listed = await fetch(`${baseUrls.api_v2010}/2010-04-01/Accounts/${accountSid}/Messages.json`, { headers });
  child.kill('SIGTERM');
  await exited;
  const peakRssMB = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).maxRssMB : undefined;
  rmSync(file, { force: true });
  return { startupMs, peakRssMB, statuses: [created.status, listed.status], specs: Object.keys(baseUrls).length, baseUrl };
}

export async function benchServeAll({ reps, log }) {
  if (!existsSync(OFFICIAL_DIR)) {
    const skipped = `skipped: ${OFFICIAL_DIR} does not exist`;
    log(`  serve: ${skipped}`);
    return { skipped };
  }
  const files = readdirSync(OFFICIAL_DIR).filter((name) => name.endsWith('.json')).length;
  const samples = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const sample = await once(rep);
    samples.push(sample);
    log(`  serve ${files} files, rep ${rep + 1}: start-up ${round(sample.startupMs, 0)} ms, peak RSS ${round(sample.peakRssMB, 1)} MB, answers ${sample.statuses.join(' ')}`);
  }
  return {
    files,
    specs: samples[0].specs,
    reps,
    startupMs: round(median(samples.map((s) => s.startupMs)), 0),
    peakRssMB: round(median(samples.map((s) => s.peakRssMB)), 1),
    samples: samples.map((s) => ({ startupMs: round(s.startupMs, 0), peakRssMB: round(s.peakRssMB, 1), statuses: s.statuses })),
  };
}
