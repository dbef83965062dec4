import type { RunReport } from '../report.js';
import { coverageRows, formatStatuses, SCENARIOS } from './coverageRows.js';
import { escapeHtml as e } from './escapeHtml.js';
import { htmlFailures } from './htmlFailures.js';
import { htmlMatrix } from './htmlMatrix.js';
import { HTML_STYLE } from './htmlStyle.js';
import { baselineLine, summaryLine } from './summaryLine.js';
import { verdictOf } from '../verdictOf.js';

// No request may leave the page: every asset is inline, and the policy forbids fetching anything.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

// Optional: a button to hide the rows without failures. The page reads the same without it.
const SCRIPT = `document.querySelectorAll('[data-toggle]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    var on = document.getElementById('matrix').classList.toggle('only-failing');
    button.textContent = on ? 'show every operation' : 'show only failing operations';
  });
});`;

const target = (report: RunReport): string =>
  typeof report.target === 'string' ? report.target : Object.entries(report.target).map(([spec, url]) => `${spec}=${url}`).join(', ');

function coverageTable(report: RunReport): string {
  const rows = coverageRows(report);
  if (rows.length === 0) return '<p>No requests recorded.</p>';
  const head = `<tr><th>operation</th><th>sent</th>${SCENARIOS.map((s) => `<th>${e(s)}</th>`).join('')}<th>statuses seen</th></tr>`;
  const body = rows.map(
    (row) =>
      `<tr><th scope="row">${e(`${row.spec} ${row.operation}`)}</th><td>${row.sent}</td>` +
      `${SCENARIOS.map((s) => `<td>${row.byScenario[s] ?? '·'}</td>`).join('')}<td>${e(formatStatuses(row.statuses))}</td></tr>`,
  );
  return `<div class="scroll"><table class="coverage"><thead>${head}</thead><tbody>${body.join('\n')}</tbody></table></div>`;
}

function settingsList(report: RunReport): string {
  const s = report.settings;
  const entries: [string, string][] = [
    ['target', target(report)],
    ['seed', String(report.seed)],
    ['started', report.startedAt],
    ...(s
      ? ([
          ['command', s.command],
          ['runs', String(s.runs)],
          ['checks', s.checks.join(', ')],
          ['operations', s.operations?.join(', ') ?? 'all'],
          ['read-only', String(s.readOnly)],
          ['shard', s.shard ? `${s.shard.index}/${s.shard.count}` : 'none'],
          ['concurrency', String(s.concurrency)],
          ['rate', s.rate === undefined ? 'unlimited' : `${s.rate}/s`],
          ['timeout / deadline', `${s.timeoutMs} ms / ${s.deadlineMs} ms`],
          ['specs', s.specPaths.join(', ')],
        ] as [string, string][])
      : []),
  ];
  return `<dl class="settings">${entries.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function baselineSection(report: RunReport): string {
  const line = baselineLine(report);
  if (!line) return '';
  const fixed = report.baseline!.fixed.map((f) => `<li>${e(`${f.check} · ${f.spec} ${f.operation} (${f.kind})`)}</li>`).join('');
  return `<p>${e(line)}</p>${fixed ? `<p>fixed since the baseline:</p><ul>${fixed}</ul>` : ''}`;
}

/** The whole report as one offline HTML file: verdict, matrix, failures, coverage, settings. */
export function renderHtml(report: RunReport): string {
  const verdict = verdictOf(report);
  const error = report.error ? `<p class="error">${e(`${report.error.code}: ${report.error.message}`)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>apiconform: ${verdict}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
<h1>apiconform <span class="verdict ${verdict.replace(' ', '-')}" id="verdict">${verdict}</span></h1>
<p class="summary">${e(summaryLine(report))} · target ${e(target(report))}</p>
${error}${baselineSection(report)}
<h2 id="matrix-title">Operations × checks</h2>
<p class="legend"><span class="passed" style="background:var(--pass)">pass</span><span style="background:var(--fail)">FAIL</span><span style="background:var(--known)">known</span><span style="background:var(--skip)">skip</span>· does not apply <button type="button" data-toggle hidden>show only failing operations</button></p>
${htmlMatrix(report)}
<h2 id="failures">Failures (${report.failures.length})</h2>
${htmlFailures(report)}
<h2 id="coverage">Coverage</h2>
${coverageTable(report)}
<h2 id="settings">Settings</h2>
${settingsList(report)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
