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

const seconds = (ms: number | undefined): string => ((ms ?? 0) / 1000).toFixed(3);

/** The seed and the command line, so the CI page says how to replay the run. */
function properties(report: RunReport): string {
  const entries: [string, string][] = [
    ['seed', String(report.seed)],
    ...(report.settings ? ([['command', report.settings.command]] as [string, string][]) : []),
    ['target', typeof report.target === 'string' ? report.target : JSON.stringify(report.target)],
  ];
  return `    <properties>\n${entries.map(([name, value]) => `      <property name="${name}" value="${escapeXml(value)}"/>`).join('\n')}\n    </properties>`;
}

/** A run that ended with exit 2 before any verdict: one errored testcase that says why. */
function errorSuite(report: RunReport, error: NonNullable<RunReport['error']>): string {
  return (
    `  <testsuite name="apiconform" tests="1" failures="0" errors="1" skipped="0" time="${seconds(report.durationMs)}">\n${properties(report)}\n` +
    `    <testcase classname="apiconform" name="run" time="${seconds(report.durationMs)}">\n` +
    `      <error message="${escapeXml(error.message)}" type="${escapeXml(error.code)}">${escapeXml(`${error.code}: ${error.message}`)}</error>\n` +
    '    </testcase>\n  </testsuite>'
  );
}

const failuresOf = (report: RunReport, r: RunReport['results'][number]) =>
  report.failures.filter((f) => f.spec === r.spec && f.operation === r.operation && f.check === r.check);

/** A failed test whose every failure --baseline accepted: shown as skipped, so the CI page stays green. */
const knownOnly = (report: RunReport, r: RunReport['results'][number]): boolean =>
  r.status === 'failed' && failuresOf(report, r).length > 0 && failuresOf(report, r).every((f) => f.known);

const counts = (report: RunReport, results: RunReport['results']) => ({
  failed: results.filter((r) => r.status === 'failed' && !knownOnly(report, r)).length,
  skipped: results.filter((r) => r.status === 'skipped' || knownOnly(report, r)).length,
});

/** JUnit XML as CI systems read it: a testsuite per spec, a testcase per operation × check. */
export function junitXml(report: RunReport): string {
  const bySpec = new Map<string, RunReport['results']>();
  for (const result of report.results) bySpec.set(result.spec, [...(bySpec.get(result.spec) ?? []), result]);
  const suites = [...bySpec].map(([spec, results]) => {
    const { failed, skipped } = counts(report, results);
    const cases = results.map((r) => {
      const name = escapeXml(`${r.operation} ${r.check}`);
      const open = `    <testcase classname="${escapeXml(`apiconform.${spec}.${r.operation}`)}" name="${name}" time="${seconds(r.durationMs)}">`;
      if (r.status === 'skipped') return `${open}<skipped message="${escapeXml(r.reason ?? 'skipped')}"/></testcase>`;
      if (r.status === 'passed') return `${open}</testcase>`;
      const failures = failuresOf(report, r);
      if (knownOnly(report, r)) {
        return `${open}<skipped message="${escapeXml(`known failure (in the baseline): ${failures[0]!.message}`)}"/></testcase>`;
      }
      const first = failures[0];
      const detail = failures.map((f) => `${f.message}\n${f.curl}\n→ ${f.response?.status ?? 'no response'} ${f.response?.body ?? ''}`).join('\n\n');
      return `${open}\n      <failure message="${escapeXml(first?.message ?? 'failed')}" type="${r.check}">${escapeXml(detail)}</failure>\n    </testcase>`;
    });
    return (
      `  <testsuite name="${escapeXml(spec)}" tests="${results.length}" failures="${failed}" errors="0" skipped="${skipped}">\n` +
      `${properties(report)}\n${cases.join('\n')}\n  </testsuite>`
    );
  });
  if (report.error) suites.push(errorSuite(report, report.error));
  const total = counts(report, report.results);
  const errors = report.error ? 1 : 0;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="apiconform" tests="${report.results.length + errors}" failures="${total.failed}" errors="${errors}" skipped="${total.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}

export async function writeJunitReport(file: string, report: RunReport): Promise<void> {
  await writeReportFile(file, junitXml(report));
}
