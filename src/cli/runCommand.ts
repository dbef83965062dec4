import { CHECK_IDS } from '../checkIds.js';
import { HarnessError, isHarnessError } from '../errors.js';
import { redact } from '../http/redact.js';
import { secretsOf } from '../http/secretsOf.js';
import { BUNDLED_SPECS } from '../run/bundledSpecs.js';
import { progressPrinter } from '../run/progressPrinter.js';
import { withDefaults, type ConformanceRuntime } from '../run/runtime.js';
import { checkReachable } from '../run/checkReachable.js';
import { changedLine, selectChanged, testedChanged } from '../run/changedSince.js';
import { applyBaseline } from '../run/reports/applyBaseline.js';
import { errorReport } from '../run/reports/errorReport.js';
import { readReport } from '../run/reports/readReport.js';
import { reportSettings } from '../run/reports/reportSettings.js';
import { attachCoverage } from '../run/coverage.js';
import { nothingTestedLine } from '../run/formatSummary.js';
import { namedResources, selectedOperations, unknownResources } from '../run/selection.js';
import { exitCodeOf, verdictOf } from '../run/verdictOf.js';
import { loadSpecs } from '../spec/loadSpecs.js';
import { checkReportPaths } from './checkReportPath.js';
import type { Command, Io } from './command.js';
import { readConfigFile } from './readConfigFile.js';
import { runSettings } from './runSettings.js';
import { printVerdict } from './printVerdict.js';
import { resolveTarget } from './resolveTarget.js';
import { runWithCleanup } from './runWithCleanup.js';
import { commandLine } from './commandLine.js';
import { printBaseline } from './printBaseline.js';
import { writeRunReports } from './writeRunReports.js';

/** Output that cannot carry a secret, whatever a bug upstream might pass it. */
const redacting = (io: Io, secrets: readonly string[]): Io => ({
  ...io,
  stdout: (text) => io.stdout(redact(text, secrets)),
  stderr: (text) => io.stderr(redact(text, secrets)),
});

export const runCommand: Command = {
  name: 'run',
  summary:
    'Runs the conformance suite against a target and prints a matrix of operations × checks.\n' +
    'With no --base-url it starts the embedded reference emulator and tests that.\n' +
    'Exit 0: every check passed; 1: at least one violation, or below --min-coverage;\n' +
    '2: bad spec, flag, config or unreachable target, or nothing was tested.',
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
    resources: { type: 'string', multiple: true },
    'min-coverage': { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    concurrency: { type: 'string' },
    rate: { type: 'string' },
    'read-only': { type: 'boolean' },
    shard: { type: 'string' },
    'changed-since': { type: 'string' },
    'report-json': { type: 'string' },
    'report-junit': { type: 'string' },
    'report-html': { type: 'string' },
    'report-markdown': { type: 'string' },
    baseline: { type: 'string' },
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
    '      --operations Op1,Op2     only these operationIds (a resource\'s sequences run when all its operations are named)',
    '      --resources Res1,Res2    only these resources, whole: the words their list paths end in (Participants,\n' +
    '                               Services/Conversations/Participants; from a leading /, the whole path:\n' +
    '                               /Conversations/{ConversationSid}/Participants)',
    '      --min-coverage P         fail (exit 1) when less than P% of the selected operations were tested',
    '      --runs N                 property cases per operation and scenario (default 100)',
    '      --seed N                 replay a run: the same seed gives the same cases',
    '      --timeout MS             per-request timeout (default 10000)',
    '      --deadline MS            the whole run\'s deadline; later requests fail as DEADLINE (default 600000)',
    '      --concurrency N          requests in flight at once (default 4)',
    '      --rate N                 at most N requests per second',
    '      --read-only              only checks that send no write (for production accounts)',
    '      --shard i/n              run the i-th of n slices of the tests (stable split)',
    '      --changed-since OLD      only the operations (and resources\' sequences) whose contract differs from OLD (file or dir)',
    '      --report-json FILE       write the JSON report',
    '      --report-junit FILE      write a JUnit XML report',
    '      --report-html FILE       write a single-file HTML report (offline: no external assets)',
    '      --report-markdown FILE   write a Markdown summary (also appended to $GITHUB_STEP_SUMMARY when set)',
    '      --baseline FILE          a JSON report of an earlier run: its failures are known and do not fail this run',
    '  -q, --quiet                  no progress lines',
  ].join('\n'),
  async run(parsed, rawIo) {
    const startedAt = Date.now();
    const config = typeof parsed.values.config === 'string' ? await readConfigFile(parsed.values.config) : {};
    const settings = runSettings(parsed, config, rawIo.env);
    await checkReportPaths({
      '--report-json': settings.reportJson,
      '--report-junit': settings.reportJunit,
      '--report-html': settings.reportHtml,
      '--report-markdown': settings.reportMarkdown,
      GITHUB_STEP_SUMMARY: rawIo.env.GITHUB_STEP_SUMMARY || undefined,
    });
    // Chosen here, so that a run ending with exit 2 still reports the seed it ran with.
    const options = { ...settings.options, seed: settings.options.seed ?? Math.floor(Math.random() * 2 ** 31), startedAt };
    const baseline = settings.baseline === undefined ? undefined : await readReport(settings.baseline, '--baseline');
    const specPaths = settings.specPaths ?? [BUNDLED_SPECS];
    const command = commandLine('run', parsed);
    let writing = false; // a report that cannot be written is its own error: no error report over the others
    try {
      const index = await loadSpecs(specPaths);
      const unknownOps = (settings.options.operations ?? []).filter((id) => !index.operations.some((op) => op.operationId === id));
      if (unknownOps.length > 0) {
        throw new HarnessError('USAGE', `--operations: no operation ${unknownOps.join(', ')} in ${specPaths.join(', ')}`);
      }
      const resources = unknownResources(index, settings.options.resources ?? []);
      if (resources.unknown.length > 0) {
        const known = resources.known.length > 20 ? `${resources.known.slice(0, 20).join(', ')}, … (${resources.known.length} in all)` : resources.known.join(', ');
        throw new HarnessError('USAGE', `--resources: no resource ${resources.unknown.join(', ')} in ${specPaths.join(', ')}; known: ${known}`);
      }
      const changed = settings.changedSince === undefined ? undefined : await selectChanged(settings.changedSince, index);
      if (changed) options.changed = { operations: changed.operations, resources: changed.resources };
      if (changed?.operations.length === 0) {
        // Nothing to test is not a failure: the contract is the one already tested.
        rawIo.stdout(`${changedLine({ ...changed, tested: [] })}\n`);
        return 0;
      }
      const { target, emulator } = await resolveTarget(settings, index);
      const io = redacting(rawIo, secretsOf(target.auth));
      try {
        const runtime: ConformanceRuntime = { ...withDefaults(options, CHECK_IDS), specPaths, target, specsValidated: true };
        await checkReachable(target, index, Math.min(runtime.timeoutMs, runtime.deadlineMs));
        const where = emulator ? `the embedded emulator at ${emulator.baseUrl}` : JSON.stringify(target.baseUrl);
        io.stdout(`apiconform: ${selectedOperations(index, runtime).length} operations from ${index.specs.length} spec(s) against ${where}, seed ${runtime.seed}, ${runtime.runs} runs\n`);
        for (const { name, resources } of namedResources(index, runtime.resources ?? [])) {
          if (resources.length > 1) io.stdout(`  --resources ${name} selects ${resources.length} resources: ${resources.join(', ')} (more of the path names one)\n`);
        }
        const progress = settings.quiet ? undefined : progressPrinter(io);
        const report = await runWithCleanup(runtime, index, io, progress ? { onResult: progress.onResult } : {});
        progress?.finish();
        if (report === 130) return 130;
        if (emulator) report.target = 'embedded emulator';
        report.settings = reportSettings(runtime, command);
        attachCoverage(report, index, runtime, settings.minCoverage);
        if (baseline) applyBaseline(report, baseline, settings.baseline!);
        printVerdict(report, runtime, io);
        printBaseline(report, io);
        if (changed) {
          report.changedSince = testedChanged(changed, report);
          io.stdout(`${changedLine(report.changedSince)}\n`);
        }
        writing = true;
        await writeRunReports(report, settings, rawIo.env);
        // Judging nothing is not a pass: said in one line, like any run that could not do its job.
        if (verdictOf(report) === 'NOT TESTED') throw new HarnessError('CONFIG', nothingTestedLine(report));
        return exitCodeOf(report);
      } finally {
        await emulator?.close();
      }
    } catch (error) {
      // The CI page must show why the run stopped: the reports are written with the error, then exit 2.
      if (isHarnessError(error) && !writing) {
        const secrets = settings.auth ? secretsOf(settings.auth) : [];
        const target = settings.baseUrl ?? 'embedded emulator';
        const runtime = { ...withDefaults(options, CHECK_IDS), specPaths, target: { baseUrl: target, auth: settings.auth!, fixtures: {} } };
        const report = errorReport({ target, seed: options.seed, startedAt, settings: reportSettings(runtime, command), error: { code: error.code, message: redact(error.message, secrets) } });
        await writeRunReports(report, settings, rawIo.env).catch(() => undefined); // the first error is the one to tell
      }
      throw error;
    }
  },
};
