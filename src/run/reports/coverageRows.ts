import type { Scenario } from '../../checks/types.js';
import type { RunReport } from '../report.js';

export { SCENARIOS } from '../coverage.js';

export interface CoverageRow {
  spec: string;
  operation: string;
  tested: boolean;
  reason?: string;
  /** Requests sent, in all and per scenario. */
  sent: number;
  byScenario: Partial<Record<Scenario, number>>;
  /** Statuses received, lowest first, with how often (`none`: no answer). */
  statuses: [string, number][];
  /** Documented statuses no answer had, and statuses received that are not documented. */
  notSeen: string[];
  undocumented: string[];
}

/** The coverage table, from the report's one coverage record, for every report format. */
export function coverageRows(report: RunReport): CoverageRow[] {
  return (report.coverage?.operations ?? []).map((entry) => {
    const statuses = new Map<string, number>();
    const byScenario: CoverageRow['byScenario'] = {};
    for (const [scenario, seen] of Object.entries(entry.scenarios) as [Scenario, NonNullable<(typeof entry.scenarios)[Scenario]>][]) {
      byScenario[scenario] = seen.sent;
      for (const [status, count] of Object.entries(seen.statuses)) statuses.set(status, (statuses.get(status) ?? 0) + count);
    }
    return {
      spec: entry.spec,
      operation: entry.operation,
      tested: entry.tested,
      ...(entry.reason === undefined ? {} : { reason: entry.reason }),
      sent: entry.cases,
      byScenario,
      statuses: [...statuses].sort(([a], [b]) => a.localeCompare(b)),
      notSeen: entry.statuses.notSeen,
      undocumented: entry.statuses.undocumented,
    };
  });
}

export const formatStatuses = (statuses: readonly [string, number][]): string =>
  statuses.map(([status, count]) => `${status} ×${count}`).join(', ');
