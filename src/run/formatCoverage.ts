import type { Coverage, OperationCoverage } from './report.js';

/** The terminal is assumed 100 columns wide: the table is cut to fit. */
const WIDTH = 100;

const fit = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/** Every selected operation that was not tested, with the reason. */
export function formatNotTested(coverage: Coverage): string {
  const untested = coverage.operations.filter((op) => !op.tested);
  if (untested.length === 0) return '';
  return [`not tested (${untested.length} of ${coverage.total} operations):`, ...untested.map((op) => `  ${op.spec} ${op.operation}: ${op.reason}`)].join('\n');
}

type Column = { header: string; cap: number; cell: (op: OperationCoverage) => string; right?: boolean };

const COLUMNS: Column[] = [
  { header: 'cases', cap: 7, cell: (op) => String(op.cases), right: true },
  { header: 'statuses seen', cap: 18, cell: (op) => op.statuses.seen.join(',') || '-' },
  { header: 'not seen', cap: 12, cell: (op) => op.statuses.notSeen.join(',') || '-' },
  { header: 'undocumented', cap: 16, cell: (op) => op.statuses.undocumented.join(',') || '-' },
  { header: 'params', cap: 7, cell: (op) => `${op.parameters.exercised.length}/${op.parameters.exercised.length + op.parameters.notExercised.length}` },
];

/** Per tested operation: requests judged, documented statuses seen and not, undocumented ones, parameters sent. */
export function formatCoverage(coverage: Coverage): string {
  const tested = coverage.operations.filter((op) => op.tested);
  const title = `coverage: ${coverage.tested} of ${coverage.total} operations tested (${coverage.percent}%)${
    coverage.minimum === undefined ? '' : `, --min-coverage ${coverage.minimum}%${coverage.percent < coverage.minimum ? ': below it' : ''}`
  }`;
  if (tested.length === 0) return title;
  const widths = COLUMNS.map((c) => Math.min(c.cap, Math.max(c.header.length, ...tested.map((op) => c.cell(op).length))));
  const rest = widths.reduce((sum, w) => sum + w + 2, 0);
  // Operations are listed under their spec: the spec id would otherwise take a third of the line.
  const nameWidth = Math.min(WIDTH - rest, Math.max(9, ...tested.map((op) => Math.max(op.spec.length, op.operation.length + 2))));
  const row = (name: string, cells: string[]) =>
    [fit(name, nameWidth), ...cells.map((cell, i) => (COLUMNS[i]!.right ? cell.padStart(widths[i]!) : fit(cell, widths[i]!)))].join('  ').trimEnd();
  return [
    title,
    row('operation', COLUMNS.map((c) => c.header)),
    ...tested.flatMap((op, i) => [
      ...(op.spec === tested[i - 1]?.spec ? [] : [op.spec]),
      row(`  ${op.operation}`, COLUMNS.map((c) => c.cell(op))),
    ]),
  ].join('\n');
}
