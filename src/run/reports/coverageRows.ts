import type { Scenario } from '../../checks/types.js';
import type { CoverageEntry, RunReport } from '../report.js';

export interface CoverageRow {
  spec: string;
  operation: string;
  /** Requests sent, in all and per scenario. */
  sent: number;
  byScenario: Partial<Record<Scenario, number>>;
  /** Statuses seen, lowest first, with how often (`none`: no answer). */
  statuses: [string, number][];
}

export const SCENARIOS: readonly Scenario[] = ['positive', 'negative', 'not_found', 'auth'];

/** The scenarios in one order, whatever order they ran in (a merged report equals an unsharded one). */
export const inScenarioOrder = (scenarios: CoverageEntry['scenarios']): CoverageEntry['scenarios'] =>
  Object.fromEntries(SCENARIOS.filter((s) => scenarios[s]).map((s) => [s, scenarios[s]]));

/** The coverage table, built from the report's data in one place for every report format. */
export function coverageRows(report: RunReport): CoverageRow[] {
  return (report.coverage ?? []).map((entry) => {
    const statuses = new Map<string, number>();
    const byScenario: CoverageRow['byScenario'] = {};
    let sent = 0;
    for (const scenario of SCENARIOS) {
      const seen = entry.scenarios[scenario];
      if (!seen) continue;
      byScenario[scenario] = seen.sent;
      sent += seen.sent;
      for (const [status, count] of Object.entries(seen.statuses)) statuses.set(status, (statuses.get(status) ?? 0) + count);
    }
    return { spec: entry.spec, operation: entry.operation, sent, byScenario, statuses: [...statuses].sort(([a], [b]) => a.localeCompare(b)) };
  });
}

export const formatStatuses = (statuses: readonly [string, number][]): string =>
  statuses.map(([status, count]) => `${status} ×${count}`).join(', ');
