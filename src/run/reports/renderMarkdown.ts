import type { FailureReport, RunReport } from '../report.js';
import { coverageRows, formatStatuses } from './coverageRows.js';
import { escapeHtml, withoutControls } from './escapeHtml.js';
import { baselineLine, summaryLine } from './summaryLine.js';
import { verdictOf } from '../verdictOf.js';

/** Failures shown in full; the rest are counted (a step summary has a size limit). */
const SHOWN = 10;
const BODY_SHOWN = 500;

// Text from the target is escaped (GitHub renders inline HTML) and kept to one line in table cells.
const text = (value: string): string => escapeHtml(value).replace(/\|/gu, '\\|').replace(/[\r\n]+/gu, ' ');

/** A fence longer than any backtick run in the content, so a body cannot close it; inside, nothing is markup. */
function fenced(raw: string): string {
  const content = withoutControls(raw);
  const longest = Math.max(0, ...[...content.matchAll(/`+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${content}\n${fence}`;
}

function failureBlock(f: FailureReport, index: number): string {
  const answer = f.response ? `${f.response.status} ${f.response.body.slice(0, BODY_SHOWN)}` : 'no response';
  const steps = f.steps?.map((step, n) => `step ${n + 1}: ${step}`) ?? [];
  return [
    `<details><summary>${index + 1}) <code>${escapeHtml(f.check)}</code> · ${text(`${f.spec} ${f.operation}`)}${f.known ? ' (known)' : ''}: ${text(f.message)}</summary>`,
    '',
    fenced([...steps, f.curl, `→ ${answer}`, `replay: --seed ${f.seed}${f.replayPath ? ` (fast-check path ${f.replayPath})` : ''}`].join('\n')),
    '',
    '</details>',
  ].join('\n');
}

function failingTable(report: RunReport): string[] {
  const failing = new Map<string, string[]>();
  for (const r of report.results.filter((r) => r.status === 'failed')) {
    const key = `${r.spec} ${r.operation}`;
    failing.set(key, [...(failing.get(key) ?? []), r.check]);
  }
  if (failing.size === 0) return [];
  return ['| operation | failing checks |', '|---|---|', ...[...failing].map(([op, checks]) => `| ${text(op)} | ${checks.map((c) => `\`${c}\``).join(', ')} |`), ''];
}

/** The CI summary: verdict, failing checks by operation, the first failures with curl, coverage. */
export function renderMarkdown(report: RunReport): string {
  const verdict = verdictOf(report);
  const icon = verdict === 'PASSED' ? '✅' : verdict === 'INCOMPLETE' ? '⚠️' : '❌';
  const baseline = baselineLine(report);
  const fixed = report.baseline?.fixed.map((f) => `- fixed: \`${f.check}\` · ${text(`${f.spec} ${f.operation}`)} (${text(f.kind)})`) ?? [];
  const coverage = coverageRows(report);
  const lines = [
    `## ${icon} apiconform: ${verdict}`,
    '',
    text(summaryLine(report)),
    '',
    ...(report.error ? [`**${text(report.error.code)}**: ${text(report.error.message)}`, ''] : []),
    ...(baseline ? [text(baseline), '', ...fixed, ...(fixed.length ? [''] : [])] : []),
    ...failingTable(report),
    ...report.failures.slice(0, SHOWN).flatMap((f, i) => [failureBlock(f, i), '']),
    ...(report.failures.length > SHOWN ? [`… and ${report.failures.length - SHOWN} more failure(s) in the full report.`, ''] : []),
    ...(coverage.length
      ? ['<details><summary>coverage</summary>', '', '| operation | sent | statuses seen |', '|---|---|---|', ...coverage.map((r) => `| ${text(`${r.spec} ${r.operation}`)} | ${r.sent} | ${text(formatStatuses(r.statuses))} |`), '', '</details>', '']
      : []),
  ];
  return `${lines.join('\n')}\n`;
}
