// Inside a vendor's own vitest run (defineConformanceSuite, no seed given), the seed is printed and
// each failure says how to replay it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';

function vendorRun(): Promise<{ code: number | null; output: string }> {
  const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', '--config', 'tests/reports/fixtures/vendor.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('defineConformanceSuite in a vendor’s vitest run, against an emulator with the url_uses_identity fault', () => {
  it('prints the seed it chose, and the failure says how to replay it', async () => {
    const { code, output } = await vendorRun();
    expect(code).toBe(1);
    const seed = /^apiconform: seed (\d+); to replay this run, pass seed: (\d+) to defineConformanceSuite$/mu.exec(output);
    expect(seed?.[1]).toBe(seed?.[2]);
    expect(output).toMatch(/FAIL .*apiconform > chat_v2 > CreateMember > self_url/u);
    expect(output).toContain(`replay: seed ${seed![1]} (defineConformanceSuite({ …, seed: ${seed![1]} }), or apiconform run --seed ${seed![1]}), fast-check path `);
  }, 120_000);
});
