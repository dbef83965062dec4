// `apiconform replay` re-sends a report's failing tests with its seed: against the same faulty target
// they still fail; against a correct one they are fixed.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { readJson, serveFault, type ServedFault } from './support/serveFault.js';

let faulty: ServedFault;
let clean: ServedFault;
let reportFile: string;
let report: RunReport;

beforeAll(async () => {
  [faulty, clean] = await Promise.all([serveFault('url_uses_identity'), serveFault()]);
  reportFile = path.join(faulty.dir, 'r.json');
  const run = await faulty.cli(['run', '--config', faulty.config, '--runs', '5', '--seed', '6', '-q', '--report-json', reportFile]);
  expect(run.code).toBe(1);
  report = await readJson(reportFile);
}, 120_000);

afterAll(() => {
  faulty?.close();
  clean?.close();
});

const lines = (stdout: string, status: string) => stdout.split('\n').filter((line) => line.startsWith(status)).map((line) => line.slice(15));
const fingerprints = (r: RunReport) => [...new Set(r.failures.map((f) => `${f.check} · ${f.spec} ${f.operation} (${f.kind})`))];

describe('apiconform replay', () => {
  it('says each failure still fails against the same faulty target, with its curl, and exits 1', async () => {
    const result = await faulty.cli(['replay', reportFile, '--config', faulty.config]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      `apiconform replay: ${new Set(report.failures.map((f) => `${f.spec} ${f.operation} ${f.check}`)).size} failing test(s) of ${reportFile} against "${faulty.info.baseUrl}", seed 6, 5 runs`,
    );
    expect(lines(result.stdout, 'still failing')).toEqual(fingerprints(report));
    expect(result.stdout).toMatch(/^ {15}curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/v2\/Services\/IS[0-9a-f]{32}\/Channels\/CH[0-9a-f]{32}\/Members' -u 'AC[0-9a-f]{32}:\*\*\*'/mu);
    expect(result.stdout).toContain(`STILL FAILING: ${fingerprints(report).length} still failing, 0 fixed (seed 6)`);
  }, 120_000);

  it('says each failure is fixed against a correct target (--base-url and the environment) and exits 0', async () => {
    const config = path.join(clean.dir, 'config.json');
    const result = await clean.cli(['replay', reportFile, '--base-url', clean.info.baseUrl, '--config', config]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout, 'fixed')).toEqual(fingerprints(report));
    expect(result.stdout).toContain(`FIXED: 0 still failing, ${fingerprints(report).length} fixed (seed 6)`);
  }, 120_000);

  it('is a usage error (exit 2) without exactly one report', async () => {
    const result = await clean.cli(['replay']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('apiconform replay: give one JSON report to replay, got 0 (see apiconform replay --help)\n');
  });
});
