import type { Operation, SpecIndex } from '../spec/types.js';
import type { Scenario } from '../checks/types.js';
import type { CheckResult, Coverage, ObservedScenarios, OperationCoverage, RunReport } from './report.js';
import type { SuiteOptions } from './runtime.js';
import { selectedOperations } from './selection.js';

/** The scenarios in one order, whatever order they ran in (a merged report equals an unsharded one). */
export const SCENARIOS: readonly Scenario[] = ['positive', 'negative', 'not_found', 'auth'];

export const inScenarioOrder = (scenarios: ObservedScenarios): ObservedScenarios =>
  Object.fromEntries(SCENARIOS.filter((s) => scenarios[s]).map((s) => [s, scenarios[s]]));

/** `201` matches 201; `4XX` any 4xx. (`default` is handled apart: it covers what nothing else does.) */
const covers = (documented: string, status: string): boolean =>
  documented === status || (/^[1-5]XX$/iu.test(documented) && documented[0] === status[0]);

function statusCoverage(documented: readonly string[], received: readonly string[]): OperationCoverage['statuses'] {
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

type Base = Pick<OperationCoverage, 'spec' | 'operation' | 'method' | 'path'>;

/**
 * One operation's coverage from what its scenarios sent and what it documents; `reason` when it was
 * not tested. Merged shards rebuild it the same way from their scenarios.
 */
export function operationCoverage(
  base: Base,
  documented: { statuses: readonly string[]; parameters: readonly string[] },
  scenarios: ObservedScenarios,
  reason: string | undefined,
): OperationCoverage {
  // Sorted, so that merged shards, which only know seen and not seen, rebuild the same lists.
  const statuses = [...documented.statuses].sort();
  const parameters = [...documented.parameters].sort();
  const observed = Object.values(scenarios);
  const received = [...new Set(observed.flatMap((o) => Object.keys(o.statuses)))].filter((s) => s !== 'none').sort();
  const sent = new Set(observed.flatMap((o) => o.parameters).map((name) => name.toLowerCase()));
  const exercised = parameters.filter((name) => sent.has(name.toLowerCase()));
  return {
    ...base,
    tested: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    cases: observed.reduce((sum, o) => sum + o.sent, 0),
    scenarios: inScenarioOrder(scenarios),
    statuses: statusCoverage(statuses, received),
    parameters: { exercised, notExercised: parameters.filter((name) => !exercised.includes(name)) },
  };
}

/** Totals over the operations: X of Y tested, and X/Y in percent (one decimal, rounded down). */
export function coverageOf(operations: OperationCoverage[], minimum?: number): Coverage {
  const tested = operations.filter((o) => o.tested).length;
  const percent = operations.length === 0 ? 0 : Math.floor((1000 * tested) / operations.length) / 10;
  return { tested, total: operations.length, percent, ...(minimum === undefined ? {} : { minimum }), operations };
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
      const results = byKey.get(key) ?? [];
      const tested = results.some((r) => r.status !== 'skipped');
      const documented = { statuses: operation.responses.map((r) => r.status), parameters: documentedParameters(operation) };
      const base = { spec: operation.specId, operation: operation.operationId, method: operation.method, path: operation.path };
      return operationCoverage(base, documented, report.observed?.[key] ?? {}, tested ? undefined : reasonOf(results, operation));
    });
  return coverageOf(operations);
}

/** Puts the coverage on the report (and its totals in the summary), in place of the raw observations. */
export function attachCoverage(report: RunReport, index: SpecIndex, runtime: Parameters<typeof buildCoverage>[2], minimum?: number): Coverage {
  const coverage = coverageOf(buildCoverage(report, index, runtime).operations, minimum);
  delete report.observed;
  report.coverage = coverage;
  report.summary.operations = coverage.total;
  report.summary.operationsTested = coverage.tested;
  return coverage;
}
