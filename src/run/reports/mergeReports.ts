import { CHECK_IDS } from '../../checkIds.js';
import { HarnessError } from '../../errors.js';
import { coverageOf, operationCoverage } from '../coverage.js';
import { summarize, type Coverage, type Fingerprint, type OperationCoverage, type RunReport } from '../report.js';
import { fingerprintOf } from './applyBaseline.js';
import { orderOfSequences } from './orderOfSequences.js';

export interface NamedReport {
  file: string;
  report: RunReport;
}

const subjectOf = (r: { spec: string; operation: string }) => `${r.spec} ${r.operation}`;
const testOf = (r: { spec: string; operation: string; check: string }) => `${r.spec} ${r.operation} ${r.check}`;
const unique = <T>(items: T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];

/** Shards of one run: the same seed and target, no test twice, and (when they say so) every shard there. */
function checkShards(reports: readonly NamedReport[]): void {
  const [first] = reports as [NamedReport];
  for (const { file, report } of reports) {
    if (report.seed !== first.report.seed) {
      throw new HarnessError('USAGE', `merge: ${first.file} has seed ${first.report.seed} but ${file} has seed ${report.seed}; shards of one run share a seed`);
    }
    if (JSON.stringify(report.target) !== JSON.stringify(first.report.target)) {
      throw new HarnessError('USAGE', `merge: ${first.file} and ${file} tested different targets (${JSON.stringify(first.report.target)}, ${JSON.stringify(report.target)})`);
    }
  }
  const owner = new Map<string, string>();
  for (const { file, report } of reports) {
    for (const result of report.results) {
      const other = owner.get(testOf(result));
      if (other !== undefined) throw new HarnessError('USAGE', `merge: ${file} and ${other} both have the test ${testOf(result)}; give each shard once`);
      owner.set(testOf(result), file);
    }
  }
  const shards = reports.map((r) => r.report.settings?.shard);
  if (shards.every((s) => s !== undefined)) {
    const count = shards[0]!.count;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.some((s) => s!.index === i && s!.count === count));
    if (missing.length > 0) throw new HarnessError('USAGE', `merge: shard ${missing.map((i) => `${i}/${count}`).join(', ')} is missing`);
  }
}

/** Each operation's coverage rebuilt from the scenarios of every shard (a scenario sends the same cases in each). */
function mergeCoverage(reports: readonly NamedReport[]): Coverage | undefined {
  const withCoverage = reports.flatMap(({ report }) => (report.coverage ? [report.coverage] : []));
  if (withCoverage.length === 0) return undefined;
  const merged = new Map<string, OperationCoverage[]>();
  for (const entry of withCoverage.flatMap((c) => c.operations)) merged.set(subjectOf(entry), [...(merged.get(subjectOf(entry)) ?? []), entry]);
  const operations = [...merged.values()].map((entries) => {
    const [first] = entries as [OperationCoverage];
    const documented = {
      statuses: [...first.statuses.seen, ...first.statuses.notSeen],
      parameters: [...first.parameters.exercised, ...first.parameters.notExercised],
    };
    const scenarios = Object.assign({}, ...entries.map((e) => e.scenarios)) as OperationCoverage['scenarios'];
    const reason = entries.some((e) => e.tested) ? undefined : first.reason ?? 'not tested';
    return operationCoverage(first, documented, scenarios, reason);
  });
  const minimum = withCoverage.find((c) => c.minimum !== undefined)?.minimum;
  return coverageOf(operations, minimum);
}

/** The reports of `--shard i/n` runs as one report, in the unsharded run's order. */
export function mergeReports(reports: readonly NamedReport[]): RunReport {
  if (reports.length === 0) throw new HarnessError('USAGE', 'merge: give the JSON reports to merge');
  checkShards(reports);
  const first = reports[0]!.report;
  const subjects = orderOfSequences(reports.map(({ report }) => unique(report.results.map(subjectOf), (s) => s)));
  const rank = (r: { spec: string; operation: string; check: string }) =>
    subjects.indexOf(subjectOf(r)) * 1000 + CHECK_IDS.indexOf(r.check as (typeof CHECK_IDS)[number]);
  const results = reports.flatMap(({ report }) => report.results).sort((a, b) => rank(a) - rank(b));
  const failures = reports.flatMap(({ report }) => report.failures).sort((a, b) => rank(a) - rank(b));
  const sum = (key: 'retried429' | 'rateLimited' | 'notSent') => reports.reduce((total, { report }) => total + report.summary[key], 0);
  const starts = reports.map(({ report }) => Date.parse(report.startedAt));
  const ends = reports.map(({ report }) => Date.parse(report.startedAt) + report.durationMs);
  const { shard: _shard, ...settings } = first.settings ?? ({} as NonNullable<RunReport['settings']>);
  const errored = reports.find(({ report }) => report.error);
  const leftBehind = reports.flatMap(({ report }) => report.leftBehind ?? []);
  const baselined = reports.filter(({ report }) => report.baseline);
  const seen = new Set(failures.map((f) => JSON.stringify(fingerprintOf(f))));
  const fixed = unique(baselined.flatMap(({ report }) => report.baseline!.fixed), (f: Fingerprint) => JSON.stringify(f)).filter((f) => !seen.has(JSON.stringify(f)));
  const known = failures.filter((f) => f.known).length;
  const coverage = mergeCoverage(reports);
  return {
    target: first.target,
    seed: first.seed,
    summary: summarize(results, failures, { retried429: sum('retried429'), rateLimited: sum('rateLimited'), notSent: sum('notSent') }),
    results,
    failures,
    ...(first.leftOut ? { leftOut: first.leftOut } : {}),
    ...(reports.some(({ report }) => report.interrupted) ? { interrupted: true } : {}),
    ...(leftBehind.length ? { leftBehind } : {}),
    startedAt: new Date(Math.min(...starts)).toISOString(),
    durationMs: Math.max(...ends) - Math.min(...starts),
    ...(first.settings ? { settings: { ...settings, command: settings.command.replace(/ --shard \S+/u, '') } } : {}),
    ...(coverage ? { coverage } : {}),
    ...(errored ? { error: { ...errored.report.error!, message: `${errored.file}: ${errored.report.error!.message}` } } : {}),
    ...(baselined.length ? { baseline: { file: baselined[0]!.report.baseline!.file, known, new: failures.length - known, fixed } } : {}),
  };
}
