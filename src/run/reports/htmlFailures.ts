import type { FailureReport, RunReport } from '../report.js';
import { escapeHtml as e } from './escapeHtml.js';

export const failureAnchor = (index: number): string => `failure-${index + 1}`;

const replayOf = (f: FailureReport): string => `--seed ${f.seed}${f.replayPath ? ` (fast-check path ${f.replayPath})` : ''}`;

function responseText(f: FailureReport): string {
  if (!f.response) return 'no response';
  const headers = Object.entries(f.response.headers).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP ${f.response.status}`, ...headers, '', f.response.body].join('\n');
}

/** One failure: check and operation, the reason, the steps of a sequence, curl, the answer, the replay seed. */
function htmlFailure(f: FailureReport, index: number): string {
  const steps = f.steps?.length ? `<ol class="steps">${f.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>` : '';
  return [
    `<article class="failure${f.known ? ' known' : ''}" id="${failureAnchor(index)}">`,
    `<h3>${index + 1}) ${e(f.check)} · ${e(`${f.spec} ${f.operation}`)}${f.known ? ' <small>(known: in the baseline)</small>' : ''}</h3>`,
    `<p class="message">${e(f.message)}</p>`,
    steps,
    `<div>request</div><pre class="curl">${e(f.curl)}</pre>`,
    `<div>response</div><pre class="response">${e(responseText(f))}</pre>`,
    `<p class="replay">replay: <code>${e(replayOf(f))}</code> · kind <code>${e(f.kind)}</code></p>`,
    '</article>',
  ].join('\n');
}

export function htmlFailures(report: RunReport): string {
  if (report.failures.length === 0) return '<p>No failures.</p>';
  return report.failures.map(htmlFailure).join('\n');
}
