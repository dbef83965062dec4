import { CHECK_IDS, type CheckId } from '../checkIds.js';
import type { RunReport } from './report.js';

/** Two letters per check, so that 19 columns and an operation fit a terminal; the legend spells them out. */
const SHORT: Record<CheckId, string> = {
  status_code: 'st',
  content_type: 'ct',
  response_schema: 'rs',
  sid_pattern: 'sp',
  sid_consistency: 'sc',
  request_echo: 're',
  defaults: 'df',
  self_url: 'su',
  lifecycle: 'lc',
  timestamps: 'ts',
  pagination: 'pg',
  negative_rejection: 'nr',
  not_found: 'nf',
  auth: 'au',
  error_shape: 'es',
  no_server_error: 'ns',
  conflict: 'cf',
  concurrency: 'cc',
  response_headers: 'rh',
};

const MARK = { passed: '✓', failed: '✗', skipped: '-' } as const;
const CELL = 3;

/** `text` cut to `width` columns, with `…` where it was cut. */
const fit = (text: string, width: number): string => ([...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`);

/** Words joined into lines of at most `width` columns. */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && [...last].length + 2 + [...word].length <= width) lines[lines.length - 1] = `${last}  ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The matrix for a terminal: one block per spec (operations without the spec prefix), checks as
 * two-letter columns, one-character marks, then a legend; every line at most `width` columns.
 * The full-width form (`formatMatrix`) stays for reports.
 */
export function formatCompactMatrix(report: RunReport, width = 100): string {
  const checks = CHECK_IDS.filter((id) => report.results.some((r) => r.check === id));
  const specs = [...new Set(report.results.map((r) => r.spec))];
  // One pass over the results: a whole-description run has tens of thousands.
  const bySpec = new Map<string, Set<string>>();
  const byCell = new Map<string, RunReport['results'][number]>();
  for (const r of report.results) {
    if (!bySpec.has(r.spec)) bySpec.set(r.spec, new Set());
    bySpec.get(r.spec)!.add(r.operation);
    if (!byCell.has(`${r.spec} ${r.operation} ${r.check}`)) byCell.set(`${r.spec} ${r.operation} ${r.check}`, r);
  }
  const operations = (spec: string) => [...(bySpec.get(spec) ?? [])];
  const longest = Math.max(9, ...specs.flatMap((spec) => [spec.length, ...operations(spec).map((op) => op.length + 2)]));
  const nameWidth = Math.min(longest, width - 1 - checks.length * CELL);
  // A cell: a space, then the two-letter header or the one-character mark under its first letter.
  const row = (name: string, cells: string[]) => `${fit(name, nameWidth).padEnd(nameWidth)} ${cells.map((c) => ` ${c.padEnd(CELL - 1)}`).join('')}`.trimEnd();
  const blocks = specs.map((spec) =>
    [
      row(spec, checks.map((id) => SHORT[id])),
      ...operations(spec).map((operation) =>
        row(
          `  ${operation}`,
          checks.map((id) => {
            const result = byCell.get(`${spec} ${operation} ${id}`);
            return result ? MARK[result.status] : '·';
          }),
        ),
      ),
    ].join('\n'),
  );
  const legend = wrap([...checks.map((id) => `${SHORT[id]} ${id}`), '✓ pass', '✗ FAIL', '- skipped', '· does not apply'], width);
  return [...blocks, legend.join('\n')].join('\n\n');
}
