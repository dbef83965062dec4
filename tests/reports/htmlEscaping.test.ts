// Responses come from the target and may carry markup: the HTML report must show it as text.
import { describe, expect, it } from 'vitest';
import { summarize, type FailureReport, type RunReport } from '../../src/run/report.js';
import { renderHtml } from '../../src/run/reports/renderHtml.js';
import { renderMarkdown } from '../../src/run/reports/renderMarkdown.js';
import { byClass, byTag, parseHtml, text } from './support/html.js';

const HOSTILE = '</pre><script>alert("owned")</script><img src=x onerror=alert(1)>&amp;\u0000';

function hostileReport(): RunReport {
  const failure: FailureReport = {
    spec: 'chat_v2',
    operation: 'CreateMember',
    check: 'response_schema',
    kind: 'wrong_type',
    message: `Received: identity ${HOSTILE}`,
    request: { method: 'POST', url: 'http://127.0.0.1:1/v2/x', headers: { Authorization: 'Basic ***' }, body: 'Identity=%3Cscript%3E' },
    response: { status: 201, headers: { 'x-evil': '<b>bold</b>' }, body: `{"identity":"${HOSTILE}"}` },
    curl: "curl -X POST 'http://127.0.0.1:1/v2/x' -d 'Identity=<script>'",
    seed: 9,
    steps: [`CreateMember Identity="${HOSTILE}" → 201`],
  };
  const results = [{ spec: 'chat_v2', operation: 'CreateMember', check: 'response_schema' as const, status: 'failed' as const, cases: 1 }];
  return { target: 'http://127.0.0.1:1', seed: 9, summary: summarize(results, [failure]), results, failures: [failure], startedAt: new Date(0).toISOString(), durationMs: 5 };
}

describe('a hostile response body in the HTML report', () => {
  const html = renderHtml(hostileReport());
  const document = parseHtml(html);

  it('stays text: no element comes from it', () => {
    expect(byTag(document, 'script')).toHaveLength(1); // the report's own
    expect(text(byTag(document, 'script')[0]!)).not.toContain('owned');
    expect(byTag(document, 'img')).toHaveLength(0);
    expect(byTag(document, 'b')).toHaveLength(0);
    expect(html).not.toContain('\u0000');
  });

  it('shows what the target sent, character for character (NUL as U+FFFD)', () => {
    const shown = HOSTILE.replace('\u0000', '\uFFFD');
    const [failure] = byClass(document, 'failure');
    expect(text(byClass(failure!, 'response')[0]!)).toBe(`HTTP 201\nx-evil: <b>bold</b>\n\n{"identity":"${shown}"}`);
    expect(text(byClass(failure!, 'message')[0]!)).toBe(`Received: identity ${shown}`);
    expect(text(byTag(byClass(failure!, 'steps')[0]!, 'li')[0]!)).toBe(`CreateMember Identity="${shown}" → 201`);
  });

  it('is escaped in the Markdown summary too', () => {
    const markdown = renderMarkdown(hostileReport());
    // Inside a code fence nothing is markup; outside one, the target's text is escaped.
    const [before, fencedBlock, after] = markdown.split(/^```$/mu);
    expect(`${before}${after}`).not.toContain('<script');
    expect(before).toContain('&lt;/pre&gt;&lt;script&gt;alert(&quot;owned&quot;)');
    expect(fencedBlock).toContain(`{"identity":"${HOSTILE.replace('\u0000', '\uFFFD')}"}`);
  });
});
