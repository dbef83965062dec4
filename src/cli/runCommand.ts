import { CHECK_IDS } from '../checks/checkIds.js';
import { HarnessError } from '../errors.js';
import { redact } from '../http/redact.js';
import { secretsOf } from '../http/secretsOf.js';
import { BUNDLED_SPECS } from '../run/bundledSpecs.js';
import { progressPrinter } from '../run/progressPrinter.js';
import { withDefaults, type ConformanceRuntime } from '../run/runtime.js';
import { checkReachable } from '../run/checkReachable.js';
import { writeJsonReport } from '../run/writeJsonReport.js';
import { writeJunitReport } from '../run/writeJunitReport.js';
import { loadSpecs } from '../spec/loadSpecs.js';
import { checkReportPaths } from './checkReportPath.js';
import type { Command, Io } from './command.js';
import { readConfigFile } from './readConfigFile.js';
import { runSettings } from './runSettings.js';
import { printVerdict } from './printVerdict.js';
import { resolveTarget } from './resolveTarget.js';
import { runWithCleanup } from './runWithCleanup.js';

/** Output that cannot carry a secret, whatever a bug upstream might pass it. */
const redacting = (io: Io, secrets: readonly string[]): Io => ({
  ...io,
  stdout: (text) => io.stdout(redact(text, secrets)),
  stderr: (text) => io.stderr(redact(text, secrets)),
});

/** A file system call that does not settle in this time (a stuck mount, a FIFO) fails the report. */
const REPORT_WRITE_MS = 60_000;

/** A report that cannot be written is a usage error (exit 2) naming the flag and the file, never a hang. */
async function writeReport(flag: string, file: string | undefined, write: () => Promise<void>): Promise<void> {
  if (file === undefined) return;
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still not written after ${REPORT_WRITE_MS / 1000} s`)), REPORT_WRITE_MS).unref();
  });
  try {
    await Promise.race([write(), stuck]);
  } catch (error) {
    throw new HarnessError('USAGE', `${flag} ${file}: cannot write the report: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

export const runCommand: Command = {
  name: 'run',
  summary:
    'Runs the conformance suite against a target and prints a matrix of operations × checks.\n' +
    'With no --base-url it starts the embedded reference emulator and tests that.\n' +
    'Exit 0: every check passed; 1: at least one violation; 2: bad spec, flag, config or unreachable target.',
  usage: 'apiconform run [--base-url URL | --base-url SPEC=URL ...] [--config FILE] [options]',
  options: {
    spec: { type: 'string', multiple: true },
    'base-url': { type: 'string', multiple: true },
    config: { type: 'string' },
    'account-sid': { type: 'string' },
    'auth-token': { type: 'string' },
    checks: { type: 'string', multiple: true },
    'skip-checks': { type: 'string', multiple: true },
    operations: { type: 'string', multiple: true },
    runs: { type: 'string' },
    seed: { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    concurrency: { type: 'string' },
    rate: { type: 'string' },
    'read-only': { type: 'boolean' },
    shard: { type: 'string' },
    'report-json': { type: 'string' },
    'report-junit': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: [
    '      --spec FILE|DIR          OpenAPI files to test (repeatable; default: the bundled specs/)',
    '      --base-url URL           the target; or SPEC=URL per spec id (repeatable). None: the embedded emulator',
    '      --config FILE            JSON config with the same fields (baseUrl, auth, fixtures, runs, seed, checks, ...)',
    '      --account-sid AC...      default: $TWILIO_ACCOUNT_SID',
    '      --auth-token TOKEN       default: $TWILIO_AUTH_TOKEN (prefer the environment: flags show in `ps`)',
    `      --checks a,b             only these checks (${CHECK_IDS.length} in all; see CONFORMANCE)`,
    '      --skip-checks a,b        all but these checks',
    '      --operations Op1,Op2     only these operationIds',
    '      --runs N                 property cases per operation and scenario (default 100)',
    '      --seed N                 replay a run: the same seed gives the same cases',
    '      --timeout MS             per-request timeout (default 10000)',
    '      --deadline MS            the whole run\'s deadline; later requests fail as DEADLINE (default 600000)',
    '      --concurrency N          requests in flight at once (default 4)',
    '      --rate N                 at most N requests per second',
    '      --read-only              only checks that send no write (for production accounts)',
    '      --shard i/n              run the i-th of n slices of the tests (stable split)',
    '      --report-json FILE       write the JSON report',
    '      --report-junit FILE      write a JUnit XML report',
    '  -q, --quiet                  no progress lines',
  ].join('\n'),
  async run(parsed, rawIo) {
    const startedAt = Date.now();
    const config = typeof parsed.values.config === 'string' ? await readConfigFile(parsed.values.config) : {};
    const settings = runSettings(parsed, config, rawIo.env);
    await checkReportPaths({ '--report-json': settings.reportJson, '--report-junit': settings.reportJunit });
    const specPaths = settings.specPaths ?? [BUNDLED_SPECS];
    const index = await loadSpecs(specPaths);
    const unknownOps = (settings.options.operations ?? []).filter((id) => !index.operations.some((op) => op.operationId === id));
    if (unknownOps.length > 0) {
      throw new HarnessError('USAGE', `--operations: no operation ${unknownOps.join(', ')} in ${specPaths.join(', ')}`);
    }
    const { target, emulator } = await resolveTarget(settings, index);
    const io = redacting(rawIo, secretsOf(target.auth));
    try {
      const runtime: ConformanceRuntime = { ...withDefaults({ ...settings.options, startedAt }, CHECK_IDS), specPaths, target, specsValidated: true };
      await checkReachable(target, index, Math.min(runtime.timeoutMs, runtime.deadlineMs));
      const where = emulator ? `the embedded emulator at ${String(target.baseUrl)}` : JSON.stringify(target.baseUrl);
      io.stdout(`apiconform: ${index.operations.length} operations from ${index.specs.length} spec(s) against ${where}, seed ${runtime.seed}, ${runtime.runs} runs\n`);
      const progress = settings.quiet ? undefined : progressPrinter(io);
      const report = await runWithCleanup(runtime, index, io, progress ? { onResult: progress.onResult } : {});
      progress?.finish();
      if (report === 130) return 130;
      if (emulator) report.target = 'embedded emulator';
      printVerdict(report, runtime, io);
      await writeReport('--report-json', settings.reportJson, () => writeJsonReport(settings.reportJson!, report));
      await writeReport('--report-junit', settings.reportJunit, () => writeJunitReport(settings.reportJunit!, report));
      return report.summary.failed > 0 || report.summary.notSent > 0 ? 1 : 0;
    } finally {
      await emulator?.close();
    }
  },
};
