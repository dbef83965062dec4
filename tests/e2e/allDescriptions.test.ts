// Issue 15: all 55 of Twilio's official descriptions in one run against the embedded emulator serving
// the same files, with one case per operation and scenario. The run completes: no harness error, every
// operation tested or listed with its reason. (On this project's 2-core machine it takes about 40 s when
// idle; the bench times it with more runs: `node bench/run.js --only whole`.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess, type CliExit } from '../hostile/support/cliProcess.js';
import { Workspace } from '../hostile/support/workspace.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

/** Generous: a minute alone, several on a busy machine. */
const KILL_AFTER_MS = 900_000;
const TEST_MS = 960_000;

describe.skipIf(!hasTwilioOai)("all of Twilio's descriptions against the embedded emulator", () => {
  let workspace: Workspace;
  let outcome: CliExit;
  beforeAll(async () => {
    workspace = await Workspace.create('all55');
    outcome = await runCliProcess(['run', '-q', '--spec', TWILIO_OAI, '--seed', '1', '--runs', '1', ...workspace.reportArgs('all')], { killAfterMs: KILL_AFTER_MS });
  }, TEST_MS);
  afterAll(() => workspace.dispose());

  it('completes with no failure: PASSED, exit 0, a report, no harness error', async () => {
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toMatch(/^apiconform: 1447 operations from 55 spec\(s\) against the embedded emulator at /mu);
    expect(outcome.stdout).toMatch(/^PASSED: \d+ passed, 0 failed, \d+ skipped \(1145 of 1447 operations tested, 19 checks, \d+ cases, 0 failures\)/mu);
    const report = await workspace.report('all');
    expect(report.error).toBeUndefined();
    expect(report.summary.notSent).toBe(0);
  });

  it('tests 1,145 of the 1,447 operations, and says why for each of the others', async () => {
    const report = await workspace.report('all');
    expect(report.coverage!.total).toBe(1447);
    expect(report.coverage!.tested).toBe(1145);
    const untested = report.coverage!.operations.filter((o) => !o.tested);
    expect(untested.length).toBe(1447 - report.coverage!.tested);
    expect(untested.filter((o) => !o.reason)).toEqual([]);
  });

  it('has no failure in its report', async () => {
    const report = await workspace.report('all');
    expect(report.failures.map((f) => `${f.check} ${f.spec} ${f.operation}`)).toEqual([]);
  });
});
