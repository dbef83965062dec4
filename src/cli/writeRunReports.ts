import { HarnessError } from '../errors.js';
import type { RunReport } from '../run/report.js';
import { renderHtml } from '../run/reports/renderHtml.js';
import { renderMarkdown } from '../run/reports/renderMarkdown.js';
import { writeReportFile } from '../run/reports/writeReportFile.js';
import { writeJsonReport } from '../run/writeJsonReport.js';
import { writeJunitReport } from '../run/writeJunitReport.js';

/** Where the reports go: the --report-* flags, and the CI page's step summary. */
export interface ReportFiles {
  reportJson?: string | undefined;
  reportJunit?: string | undefined;
  reportHtml?: string | undefined;
  reportMarkdown?: string | undefined;
}

/** A report that cannot be written is a usage error (exit 2) naming the flag and the file. */
async function writeReport(flag: string, file: string | undefined, write: (file: string) => Promise<void>): Promise<void> {
  if (file === undefined || file === '') return;
  try {
    await write(file);
  } catch (error) {
    throw new HarnessError('USAGE', `${flag} ${file}: cannot write the report: ${(error as Error).message}`);
  }
}

/** Writes every report asked for; with GITHUB_STEP_SUMMARY set, appends the Markdown summary there too. */
export async function writeRunReports(report: RunReport, files: ReportFiles, env: NodeJS.ProcessEnv): Promise<void> {
  await writeReport('--report-json', files.reportJson, (file) => writeJsonReport(file, report));
  await writeReport('--report-junit', files.reportJunit, (file) => writeJunitReport(file, report));
  await writeReport('--report-html', files.reportHtml, (file) => writeReportFile(file, renderHtml(report)));
  await writeReport('--report-markdown', files.reportMarkdown, (file) => writeReportFile(file, renderMarkdown(report)));
  await writeReport('GITHUB_STEP_SUMMARY', env.GITHUB_STEP_SUMMARY, (file) => writeReportFile(file, renderMarkdown(report), 'append'));
}
