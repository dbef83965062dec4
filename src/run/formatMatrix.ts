import { CHECK_IDS, type CheckId } from '../checkIds.js';
import type { RunReport } from './report.js';

const MARK = { passed: 'pass', failed: 'FAIL', skipped: 'skip' } as const;

/** Operations × checks: pass / FAIL / skip, and `·` where a check does not apply. */
export function formatMatrix(report: RunReport): string {
  const checks = CHECK_IDS.filter((id) => report.results.some((r) => r.check === id));
  const rows = [...new Set(report.results.map((r) => `${r.spec} ${r.operation}`))];
  const byCell = new Map<string, (typeof report.results)[number]>(report.results.map((r) => [`${r.spec} ${r.operation} ${r.check}`, r] as const).reverse());
  const width = Math.max(9, ...rows.map((row) => row.length));
  const columnWidth = (id: CheckId) => Math.max(4, id.length);
  const header = `${'operation'.padEnd(width)}  ${checks.map((id) => id.padEnd(columnWidth(id))).join(' ')}`;
  const lines = rows.map((row) => {
    const cells = checks.map((id) => {
      const result = byCell.get(`${row} ${id}`);
      return (result ? MARK[result.status] : '·').padEnd(columnWidth(id));
    });
    return `${row.padEnd(width)}  ${cells.join(' ')}`.trimEnd();
  });
  return [header.trimEnd(), ...lines].join('\n');
}

/** The verdict line lives beside the verdict rule (PASSED needs something judged). */
export { formatSummary } from './formatSummary.js';

const trim = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}… (${text.length} bytes)` : text);

/** Each failure: check id, operation, one-line reason, curl, status and trimmed body, replay seed. */
export function formatFailures(report: RunReport): string {
  return report.failures
    .map((f, index) =>
      [
        `${index + 1}) ${f.check} · ${f.spec} ${f.operation}`,
        `   ${f.message}`,
        ...(f.steps ? f.steps.map((step, n) => `   step ${n + 1}: ${step}`) : []),
        `   ${f.curl}`,
        `   → ${f.response ? `${f.response.status} ${trim(f.response.body.replace(/\s+/gu, ' '), 300)}` : 'no response'}`,
        `   replay: --seed ${f.seed}${f.replayPath ? ` (fast-check path ${f.replayPath})` : ''}`,
      ].join('\n'),
    )
    .join('\n\n');
}
