// Section 6: `apiconform diff` of every current official description against the 2024-06-18 release,
// as a user runs it (a fresh `node bin/apiconform.js diff` per repetition, wall time).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median, OFFICIAL_DIR, REPO_ROOT, round, runNode } from './lib.js';

export const HISTORY_DIR = path.resolve(REPO_ROOT, '../shared/twilio-oai-history/2024-06-18');

export async function benchDiff({ reps, log }) {
  if (!existsSync(OFFICIAL_DIR) || !existsSync(HISTORY_DIR)) {
    const skipped = `skipped: ${OFFICIAL_DIR} or ${HISTORY_DIR} does not exist`;
    log(`  diff: ${skipped}`);
    return { skipped };
  }
  const samples = [];
  let changes;
  for (let rep = 0; rep < reps; rep += 1) {
    const run = await runNode([path.join(REPO_ROOT, 'bin/apiconform.js'), 'diff', '--format', 'json', HISTORY_DIR, OFFICIAL_DIR], { timeoutMs: 120_000 });
    if (run.code !== 0) throw new Error(`apiconform diff exited ${run.code}: ${run.stderr.slice(-2000)}`);
    changes = JSON.parse(run.stdout).changes;
    samples.push(run.wallMs);
    log(`  diff rep ${rep + 1}: ${round(run.wallMs, 0)} ms, ${changes.length} changes`);
  }
  const count = (level) => changes.filter((c) => c.level === level).length;
  return {
    reps,
    wallMs: round(median(samples), 0),
    wallMsPerRep: samples.map((s) => round(s, 0)),
    changes: changes.length,
    operations: new Set(changes.map((c) => `${c.specId} ${c.method} ${c.path}`)).size,
    levels: { breaking: count('breaking'), warning: count('warning'), info: count('info') },
  };
}
