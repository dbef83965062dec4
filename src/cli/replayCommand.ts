import { CHECK_IDS, type CheckId } from '../checkIds.js';
import { HarnessError } from '../errors.js';
import { redact } from '../http/redact.js';
import { secretsOf } from '../http/secretsOf.js';
import { BUNDLED_SPECS } from '../run/bundledSpecs.js';
import { checkReachable } from '../run/checkReachable.js';
import { compareReplay, failingTests } from '../run/reports/compareReplay.js';
import { readReport } from '../run/reports/readReport.js';
import { withDefaults, type ConformanceRuntime } from '../run/runtime.js';
import { loadSpecs } from '../spec/loadSpecs.js';
import type { Command, Io } from './command.js';
import { readConfigFile } from './readConfigFile.js';
import { resolveTarget } from './resolveTarget.js';
import { runSettings } from './runSettings.js';
import { runWithCleanup } from './runWithCleanup.js';

const name = (f: { check: string; spec: string; operation: string; kind: string }) => `${f.check} · ${f.spec} ${f.operation} (${f.kind})`;

export const replayCommand: Command = {
  name: 'replay',
  summary:
    'Sends the failing cases and sequences of a JSON report again (its seed, runs and checks), judges them\n' +
    'with the same checks and prints which still fail and which are fixed. With no --base-url and no\n' +
    'baseUrl in --config it tests the embedded emulator.\n' +
    'Exit 0: every failure is fixed; 1: at least one still fails (or could not be judged); 2: bad report, flag, config or unreachable target.',
  usage: 'apiconform replay REPORT.json [--base-url URL | --base-url SPEC=URL ... | --config FILE] [options]',
  options: {
    'base-url': { type: 'string', multiple: true },
    config: { type: 'string' },
    spec: { type: 'string', multiple: true },
    'account-sid': { type: 'string' },
    'auth-token': { type: 'string' },
    timeout: { type: 'string' },
  },
  help: [
    '      --base-url URL           the target; or SPEC=URL per spec id (repeatable). None: the embedded emulator',
    '      --config FILE            JSON config (baseUrl, auth, fixtures, ...) as for `apiconform run`',
    '      --spec FILE|DIR          OpenAPI files (default: those the report was made with)',
    '      --account-sid AC...      default: $TWILIO_ACCOUNT_SID',
    '      --auth-token TOKEN       default: $TWILIO_AUTH_TOKEN',
    '      --timeout MS             per-request timeout (default: the report\'s)',
  ].join('\n'),
  async run(parsed, rawIo) {
    const startedAt = Date.now();
    if (parsed.positionals.length !== 1) throw new HarnessError('USAGE', `give one JSON report to replay, got ${parsed.positionals.length} (see apiconform replay --help)`);
    const file = parsed.positionals[0]!;
    const original = await readReport(file, 'replay');
    if (original.failures.length === 0) {
      rawIo.stdout(`apiconform replay: ${file} has no failures: nothing to replay\n`);
      return 0;
    }
    const config = typeof parsed.values.config === 'string' ? await readConfigFile(parsed.values.config) : {};
    const settings = runSettings(parsed, config, rawIo.env);
    const recorded = original.settings;
    const specPaths = settings.specPaths ?? recorded?.specPaths ?? [BUNDLED_SPECS];
    const index = await loadSpecs(specPaths);
    const { target, emulator } = await resolveTarget(settings, index);
    const secrets = secretsOf(target.auth);
    const io: Io = { ...rawIo, stdout: (text) => rawIo.stdout(redact(text, secrets)), stderr: (text) => rawIo.stderr(redact(text, secrets)) };
    try {
      const tests = failingTests(original);
      const options = {
        seed: original.seed,
        startedAt,
        checks: [...new Set(original.failures.map((f) => f.check))] as CheckId[],
        tests,
        ...(recorded ? { runs: recorded.runs, concurrency: recorded.concurrency, timeoutMs: recorded.timeoutMs, deadlineMs: recorded.deadlineMs, readOnly: recorded.readOnly } : {}),
        ...(recorded?.rate ? { rate: recorded.rate } : {}),
        ...(settings.options.timeoutMs ? { timeoutMs: settings.options.timeoutMs } : {}),
      };
      const runtime: ConformanceRuntime = { ...withDefaults(options, CHECK_IDS), specPaths, target, specsValidated: true };
      await checkReachable(target, index, Math.min(runtime.timeoutMs, runtime.deadlineMs));
      const where = emulator ? `the embedded emulator at ${String(target.baseUrl)}` : JSON.stringify(target.baseUrl);
      io.stdout(`apiconform replay: ${tests.length} failing test(s) of ${file} against ${where}, seed ${runtime.seed}, ${runtime.runs} runs\n`);
      const replayed = await runWithCleanup(runtime, index, io, {});
      if (replayed === 130) return 130;
      const { outcomes, other } = compareReplay(original, replayed);
      for (const outcome of outcomes) {
        io.stdout(`${outcome.status.padEnd(13)}  ${name(outcome.fingerprint)}\n`);
        if (outcome.status === 'still failing') io.stdout(`               ${outcome.failure.message}\n               ${outcome.failure.curl}\n`);
        if (outcome.reason) io.stdout(`               ${outcome.reason}\n`);
      }
      for (const failure of other) io.stdout(`${'new failure'.padEnd(13)}  ${name(failure)}\n               ${failure.message}\n               ${failure.curl}\n`);
      const count = (status: string) => outcomes.filter((o) => o.status === status).length;
      const failing = count('still failing') + count('not judged') + other.length;
      io.stdout(
        `\n${failing > 0 ? 'STILL FAILING' : 'FIXED'}: ${count('still failing')} still failing, ${count('fixed')} fixed` +
          `${count('not judged') ? `, ${count('not judged')} not judged` : ''}${other.length ? `, ${other.length} new` : ''} (seed ${runtime.seed})\n`,
      );
      return failing > 0 ? 1 : 0;
    } finally {
      await emulator?.close();
    }
  },
};
