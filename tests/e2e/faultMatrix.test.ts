import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/checkIds.js';
import { FAULTS, type Fault, type FaultName } from '../../src/emulator/index.js';
import type { RunReport } from '../../src/run/report.js';
import { startApi, type Api } from '../emulator/api.js';
import { runCli } from '../helpers/runCli.js';

/**
 * The project's evidence that its suite works: for every named fault of the emulator, a whole run
 * against the emulator with that fault exits 1 and names the fault's own check among its failures,
 * and leaves the emulator's lists as they were. The matrix is printed and is the README's table.
 */
let dir: string;

/**
 * Faults under which no client can delete what it created: the target does not delete, or never
 * shows the real SID. There the run still must not touch what was there before it.
 */
const UNCLEANABLE: Record<string, string> = {
  delete_does_not_delete: 'the target answers delete but keeps the resource',
  wrong_sid_prefix: 'the target never shows the SID its resources are stored under',
};
const detected = new Map<string, string[]>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-faults-'));
});

/** Every item of the three lists, by list: what a run must leave as it found it. */
async function snapshot(api: Api): Promise<unknown[][]> {
  return [await api.listAll(api.chat(), 'members'), await api.listAll(api.conversations(), 'participants'), await api.listAll(api.proxy(), 'participants')];
}

async function runAgainst(fault: Fault | undefined, seed: number, runs: number): Promise<{ code: number | null; report: RunReport; stdout: string; before: unknown[][]; after: unknown[][] }> {
  const api = await startApi({ seed, ...(fault ? { fault: fault.name as FaultName } : {}) });
  const name = fault?.name ?? `correct-${seed}`;
  try {
    // Something that is not the run's own, as on a real account: it must survive the run untouched.
    await api.post(api.chat(), { Identity: `resident-${name}` });
    const before = await snapshot(api);
    const config = path.join(dir, `${name}.json`);
    await writeFile(config, JSON.stringify({ baseUrl: api.emulator.baseUrl, fixtures: api.fixtures }));
    const env = { TWILIO_ACCOUNT_SID: api.emulator.accountSid, TWILIO_AUTH_TOKEN: api.emulator.authToken };
    const reportFile = path.join(dir, `${name}.report.json`);
    const result = await runCli(['run', '--config', config, '--runs', String(runs), '--seed', String(seed), '-q', '--report-json', reportFile], { env, timeoutMs: 120_000 });
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as RunReport;
    return { code: result.code, report, stdout: result.stdout, before, after: await snapshot(api) };
  } finally {
    await api.emulator.close();
  }
}

describe('every emulator fault is detected by its own check', () => {
  it('has a fault for every check id', () => {
    expect(new Set(FAULTS.map((f) => f.check))).toEqual(new Set(CHECK_IDS));
    expect(FAULTS.length).toBeGreaterThanOrEqual(20);
  });

  it.concurrent.each(FAULTS.map((fault) => [fault.name, fault] as const))('%s', async (_name, fault) => {
    const { code, report, before, after } = await runAgainst(fault, 3, 5);
    const checks = [...new Set(report.failures.map((f) => f.check))];
    detected.set(fault.name, checks);
    expect(code).toBe(1);
    expect(checks).toContain(fault.check);
    if (UNCLEANABLE[fault.name]) {
      before.forEach((list, i) => expect(after[i]).toEqual(expect.arrayContaining(list)));
    } else {
      expect(after).toEqual(before);
    }
  }, 120_000);

  afterAll(() => {
    const rows = FAULTS.map((f) => {
      const by = detected.get(f.name) ?? [];
      return `| \`${f.name}\` | \`${f.check}\` | ${by.includes(f.check) ? 'yes' : '**no**'} | ${by.map((c) => `\`${c}\``).join(', ')} |`;
    });
    const found = FAULTS.filter((f) => detected.get(f.name)?.includes(f.check)).length;
    console.log(`fault matrix: ${found}/${FAULTS.length} faults detected by their own check\n| fault | its check | detected | failing checks |\n|---|---|---|---|\n${rows.join('\n')}`);
  });
});

describe('the correct emulator', () => {
  it.concurrent.each([1, 2, 3, 4, 5])('passes every check with seed %i', async (seed) => {
    const { code, report, stdout, before, after } = await runAgainst(undefined, seed * 1009, 10);
    expect(report.failures, stdout).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.checks).toBe(CHECK_IDS.length);
    expect(after).toEqual(before);
  }, 120_000);
});
