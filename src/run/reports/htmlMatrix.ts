import { CHECK_IDS } from '../../checkIds.js';
import type { RunReport } from '../report.js';
import { escapeHtml as e } from './escapeHtml.js';
import { failureAnchor } from './htmlFailures.js';

/** Break opportunities inside long names (`Update<wbr>Service<wbr>Conversation…`), so a phone can wrap them. */
const breakable = (name: string): string => e(name).replace(/([a-z0-9])(?=[A-Z])|_/gu, (m) => `${m}<wbr>`);

const MARK = { passed: 'pass', failed: 'FAIL', skipped: 'skip' } as const;

/** Operations × checks as a plain table (readable with scripts off), each cell coloured by its status. */
export function htmlMatrix(report: RunReport): string {
  const checks = CHECK_IDS.filter((id) => report.results.some((r) => r.check === id));
  const rows = [...new Map(report.results.map((r) => [`${r.spec} ${r.operation}`, r] as const)).values()];
  const head = `<tr><th scope="col">operation</th>${checks.map((id) => `<th scope="col" class="check">${e(id)}</th>`).join('')}</tr>`;
  const body = rows.map(({ spec, operation }) => {
    const own = report.results.filter((r) => r.spec === spec && r.operation === operation);
    const cells = checks.map((id) => {
      const result = own.find((r) => r.check === id);
      if (!result) return '<td class="na" title="does not apply">·</td>';
      const failures = report.failures.filter((f) => f.spec === spec && f.operation === operation && f.check === id);
      const known = result.status === 'failed' && failures.length > 0 && failures.every((f) => f.known);
      const title = result.status === 'skipped' ? result.reason ?? 'skipped' : `${result.cases} case(s)`;
      const mark = known ? 'known' : MARK[result.status];
      const text = failures.length > 0 ? `<a href="#${failureAnchor(report.failures.indexOf(failures[0]!))}">${mark}</a>` : mark;
      return `<td class="${known ? 'known' : result.status}" title="${e(`${id}: ${title}`)}">${text}</td>`;
    });
    const clean = own.every((r) => r.status !== 'failed') ? ' class="clean"' : '';
    return `<tr${clean}><th scope="row"><span class="spec">${breakable(spec)}</span>${breakable(operation)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="matrix" id="matrix"><thead>${head}</thead><tbody>${body.join('\n')}</tbody></table></div>`;
}
