import type { Operation, SpecIndex } from '../spec/types.js';
import type { CheckResult, Coverage, Observed, OperationCoverage, RunReport } from './report.js';
import type { SuiteOptions } from './runtime.js';
import { selectedOperations } from './selection.js';

const NOTHING: Observed = { sent: 0, statuses: {}, parameters: [] };

/** `201` matches 201; `4XX` any 4xx. (`default` is handled apart: it covers what nothing else does.) */
const covers = (documented: string, status: string): boolean =>
  documented === status || (/^[1-5]XX$/iu.test(documented) && documented[0] === status[0]);

function statusCoverage(operation: Operation, received: readonly string[]): OperationCoverage['statuses'] {
  const documented = operation.responses.map((r) => r.status);
  const explicit = documented.filter((d) => d !== 'default');
  const uncovered = received.filter((status) => !explicit.some((d) => covers(d, status)));
  const seen = documented.filter((d) => (d === 'default' ? uncovered.length > 0 : received.some((status) => covers(d, status))));
  return {
    seen,
    notSeen: documented.filter((d) => !seen.includes(d)),
    undocumented: documented.includes('default') ? [] : uncovered,
  };
}

/** The query, header and body parameters an operation documents (path ones are always sent). */
const documentedParameters = (operation: Operation): string[] => [
  ...operation.parameters.query.map((p) => p.name),
  ...operation.parameters.header.map((p) => p.name),
  ...Object.keys((operation.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {}),
];

/** Why an operation with no judged request was not tested: its checks' skip reason, or why it has none. */
function reasonOf(results: readonly CheckResult[], operation: Operation): string {
  const reasons = [...new Set(results.flatMap((r) => (r.reason ? [r.reason] : [])))];
  if (reasons.length > 0) return reasons.join('; ');
  return operation.kind === 'other' ? 'not a create, fetch, list, update or delete of a resource' : 'no selected check applies to it';
}

/**
 * The run's coverage, built in one place from what the run recorded, for every reporter to read: per
 * selected operation, the requests judged, the documented statuses seen and not, the undocumented ones
 * received, the parameters sent; in total, operations exercised X of Y. Under --shard, Y counts the
 * operations this shard has tests of.
 */
export function buildCoverage(report: RunReport, index: SpecIndex, runtime: Pick<SuiteOptions, 'operations' | 'resources' | 'changed' | 'shard'>): Coverage {
  const byKey = new Map<string, CheckResult[]>();
  for (const r of report.results) byKey.set(`${r.spec} ${r.operation}`, [...(byKey.get(`${r.spec} ${r.operation}`) ?? []), r]);
  const operations = selectedOperations(index, runtime)
    .filter((operation) => !runtime.shard || byKey.has(`${operation.specId} ${operation.operationId}`))
    .map((operation): OperationCoverage => {
      const key = `${operation.specId} ${operation.operationId}`;
      const observed = report.observed?.[key] ?? NOTHING;
      const results = byKey.get(key) ?? [];
      const tested = results.some((r) => r.status !== 'skipped');
      const received = Object.keys(observed.statuses).sort();
      const documented = documentedParameters(operation);
      const sent = new Set(observed.parameters.map((name) => name.toLowerCase()));
      const exercised = documented.filter((name) => sent.has(name.toLowerCase()));
      return {
        spec: operation.specId,
        operation: operation.operationId,
        method: operation.method,
        path: operation.path,
        tested,
        ...(tested ? {} : { reason: reasonOf(results, operation) }),
        cases: observed.sent,
        statuses: statusCoverage(operation, received),
        parameters: { exercised, notExercised: documented.filter((name) => !exercised.includes(name)) },
      };
    });
  const tested = operations.filter((o) => o.tested).length;
  const percent = operations.length === 0 ? 0 : Math.floor((1000 * tested) / operations.length) / 10;
  return { tested, total: operations.length, percent, operations };
}

/** Puts the coverage on the report (and its totals in the summary), in place of the raw observations. */
export function attachCoverage(report: RunReport, index: SpecIndex, runtime: Parameters<typeof buildCoverage>[2], minimum?: number): Coverage {
  const coverage = { ...buildCoverage(report, index, runtime), ...(minimum === undefined ? {} : { minimum }) };
  delete report.observed;
  report.coverage = coverage;
  report.summary.operations = coverage.total;
  report.summary.operationsTested = coverage.tested;
  return coverage;
}
