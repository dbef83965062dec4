import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { fixture, runCli, type CliResult } from '../helpers/runCli.js';

// OLD is specs/chat_v2.yaml with two operations' contracts changed (ListMember's PageSize maximum,
// UpdateMember's DateUpdated) and one description-only edit that touches four operations.
const OLD = fixture('diff/changed-since/chat_v2.yaml');

let run: CliResult;
let report: RunReport;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-changed-'));
  const file = path.join(dir, 'report.json');
  run = await runCli(['run', '--spec', 'specs/chat_v2.yaml', '--changed-since', OLD, '--runs', '5', '--seed', '3', '--report-json', file], {
    timeoutMs: 240_000,
  });
  report = JSON.parse(await readFile(file, 'utf8')) as RunReport;
}, 300_000);

describe('apiconform run --changed-since OLD, against the embedded emulator', () => {
  it('runs exactly the changed operations and their resource\'s sequences, and passes', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([...new Set(report.results.map((r) => `${r.spec} ${r.operation}`))].sort()).toEqual([
      'chat_v2 ListMember', 'chat_v2 Members sequences', 'chat_v2 UpdateMember',
    ]);
    expect(report.summary.operations).toBe(2);
    expect(report.summary.failed).toBe(0);
  });

  it('says so in the summary, and the JSON report shows which', () => {
    expect(run.stdout).toContain(`\n2 operations changed since ${OLD}; 2 tested\n`);
    expect(report.changedSince).toEqual({
      old: OLD,
      operations: ['chat_v2 ListMember', 'chat_v2 UpdateMember'],
      resources: ['chat_v2 Members'],
      removed: [],
      tested: ['chat_v2 ListMember', 'chat_v2 UpdateMember'],
    });
  });

  it('nothing changed: says so, tests nothing, exit 0', async () => {
    const same = await runCli(['run', '--spec', 'specs/chat_v2.yaml', '--changed-since', 'specs/chat_v2.yaml']);
    expect([same.code, same.stdout, same.stderr]).toEqual([0, '0 operations changed since specs/chat_v2.yaml; 0 tested\n', '']);
  }, 120_000);

  it('an OLD that cannot be loaded: one line, exit 2', async () => {
    const missing = await runCli(['run', '--changed-since', 'nowhere/chat_v2.yaml']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'apiconform run: nowhere/chat_v2.yaml: no such file or directory\n']);
  }, 120_000);
});
