import { writeReportFile } from './writeReportFile.js';
import type { RunReport } from './report.js';

// XML 1.0 cannot carry most control characters at all, even escaped.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const escapeXml = (text: string): string =>
  text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');

/** JUnit XML as CI systems read it: a testsuite per spec, a testcase per operation × check. */
export function junitXml(report: RunReport): string {
  const bySpec = new Map<string, RunReport['results']>();
  for (const result of report.results) bySpec.set(result.spec, [...(bySpec.get(result.spec) ?? []), result]);
  const suites = [...bySpec].map(([spec, results]) => {
    const failed = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    const cases = results.map((r) => {
      const name = escapeXml(`${r.operation} ${r.check}`);
      const open = `    <testcase classname="${escapeXml(`apiconform.${spec}.${r.operation}`)}" name="${name}">`;
      if (r.status === 'skipped') return `${open}<skipped message="${escapeXml(r.reason ?? 'skipped')}"/></testcase>`;
      if (r.status === 'passed') return `${open}</testcase>`;
      const failures = report.failures.filter((f) => f.spec === spec && f.operation === r.operation && f.check === r.check);
      const first = failures[0];
      const detail = failures.map((f) => `${f.message}\n${f.curl}\n→ ${f.response?.status ?? 'no response'} ${f.response?.body ?? ''}`).join('\n\n');
      return `${open}\n      <failure message="${escapeXml(first?.message ?? 'failed')}" type="${r.check}">${escapeXml(detail)}</failure>\n    </testcase>`;
    });
    return (
      `  <testsuite name="${escapeXml(spec)}" tests="${results.length}" failures="${failed}" errors="0" skipped="${skipped}">\n` +
      `${cases.join('\n')}\n  </testsuite>`
    );
  });
  const { summary } = report;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="apiconform" tests="${report.results.length}" failures="${summary.failed}" errors="0" skipped="${summary.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}

export async function writeJunitReport(file: string, report: RunReport): Promise<void> {
  await writeReportFile(file, junitXml(report));
}
