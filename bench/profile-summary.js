// Aggregates V8 .cpuprofile files (node --cpu-prof): self time per function (name + file + line),
// per file and per package, over every profile given (a directory: every .cpuprofile in it, one per
// thread: the main thread and vitest's worker each write one).
//
//   node bench/profile-summary.js /tmp/apiconform-prof [--top 15] [--json out.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, table } from './lib.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' }, json: { type: 'string' } } });
const top = Number(values.top ?? 15);
const files = positionals.flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(p, f)) : [p],
);

const shortUrl = (url) => {
  if (!url) return '';
  let u = url.replace(/^file:\/\//u, '');
  if (u.startsWith(REPO_ROOT)) u = u.slice(REPO_ROOT.length + 1);
  return u;
};
const packageOf = (url) => {
  const u = shortUrl(url);
  if (!u) return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(u);
  if (nm) return nm[1];
  if (u.startsWith('node:')) return 'node core';
  if (u.startsWith('dist/')) return `apiconform ${u.split('/').slice(0, 2).join('/')}`;
  return u.split('/').slice(0, 2).join('/');
};

const byFunction = new Map();
/** Inclusive ("total") time of the project's own functions: each sample counts once per distinct function on its stack. */
const inclusive = new Map();
const byFile = new Map();
const byPackage = new Map();
const perProfile = [];
let totalMs = 0;
const add = (map, key, ms, extra = {}) => {
  const entry = map.get(key) ?? { ms: 0, ...extra };
  entry.ms += ms;
  map.set(key, entry);
};

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  const { samples, timeDeltas } = profile;
  // DevTools' convention: a sample lasts until the next one.
  for (let i = 0; i < samples.length; i += 1) {
    const duration = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, duration));
  }
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = nodes.get(at);
      if (!/\/dist\//u.test(callFrame.url) || /node_modules/u.test(callFrame.url)) continue;
      const key = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, us / 1000);
    }
  }
  let profileMs = 0;
  let idleMs = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    const ms = us / 1000;
    profileMs += ms;
    if (callFrame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const name = callFrame.functionName || '(anonymous)';
    const where = callFrame.url ? `${shortUrl(callFrame.url)}:${callFrame.lineNumber + 1}` : '';
    add(byFunction, `${name} ${where}`, ms, { name, where, package: packageOf(callFrame.url) });
    add(byFile, shortUrl(callFrame.url) || `(${name})`, ms);
    add(byPackage, packageOf(callFrame.url), ms);
    totalMs += ms;
  }
  perProfile.push({ file: path.basename(file), wallMs: (profile.endTime - profile.startTime) / 1000, busyMs: profileMs - idleMs, idleMs });
}

const ranked = (map, n) => [...map].sort((a, b) => b[1].ms - a[1].ms).slice(0, n);
const pct = (ms) => `${((ms / totalMs) * 100).toFixed(1)}%`;
console.log(table([['profile (thread)', 'wall ms', 'busy ms', 'idle ms'], ...perProfile.map((p) => [p.file, p.wallMs.toFixed(0), p.busyMs.toFixed(0), p.idleMs.toFixed(0)])]));
console.log(`\ntop ${top} functions by self time (of ${totalMs.toFixed(0)} ms busy, all threads)`);
console.log(table([['#', 'self ms', 'share', 'function', 'where', 'package'], ...ranked(byFunction, top).map(([, e], i) => [i + 1, e.ms.toFixed(0), pct(e.ms), e.name, e.where, e.package])]));
console.log(`\ntop ${top} apiconform functions (dist/) by total time, callees included (synchronous stretches only: time after an await is not charged to the async function)`);
console.log(table([['#', 'total ms', 'share', 'function'], ...ranked(inclusive, top).map(([k, e], i) => [i + 1, e.ms.toFixed(0), pct(e.ms), k])]));
console.log(`\nby package`);
console.log(table([['self ms', 'share', 'package'], ...ranked(byPackage, 20).map(([k, e]) => [e.ms.toFixed(0), pct(e.ms), k])]));
console.log(`\nby file`);
console.log(table([['self ms', 'share', 'file'], ...ranked(byFile, 25).map(([k, e]) => [e.ms.toFixed(0), pct(e.ms), k])]));
if (values.json) {
  const json = {
    profiles: perProfile,
    busyMs: totalMs,
    functions: ranked(byFunction, 100).map(([, e]) => ({ ...e, ms: Number(e.ms.toFixed(1)) })),
    inclusive: ranked(inclusive, 100).map(([k, e]) => ({ function: k, ms: Number(e.ms.toFixed(1)) })),
    packages: ranked(byPackage, 50).map(([k, e]) => ({ package: k, ms: Number(e.ms.toFixed(1)) })),
    files: ranked(byFile, 100).map(([k, e]) => ({ file: k, ms: Number(e.ms.toFixed(1)) })),
  };
  writeFileSync(values.json, JSON.stringify(json, null, 2));
}
