import { HarnessError } from '../errors.js';
import type { RunReport } from '../run/report.js';
import { renderHtml } from '../run/reports/renderHtml.js';
import { renderMarkdown } from '../run/reports/renderMarkdown.js';
import { writeReportFile } from '../run/writeReportFile.js';
import { writeJsonReport } from '../run/writeJsonReport.js';
import { writeJunitReport } from '../run/writeJunitReport.js';

/** Where the reports go: the --report-* flags, and the CI page's step summary. */
export interface ReportFiles {
  reportJson?: string | undefined;
  reportJunit?: string | undefined;
  reportHtml?: string | undefined;
  reportMarkdown?: string | undefined;
}

/** A file system call that does not settle in this time (a stuck mount, a FIFO) fails the report. */
const REPORT_WRITE_MS = 60_000;

/** A report that cannot be written is a usage error (exit 2) naming the flag and the file, never a hang. */
async function writeReport(flag: string, file: string | undefined, write: (file: string) => Promise<void>): Promise<void> {
  if (file === undefined || file === '') return;
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still not written after ${REPORT_WRITE_MS / 1000} s`)), REPORT_WRITE_MS).unref();
  });
  try {
    await Promise.race([write(file), stuck]);
  } catch (error) {
    throw new HarnessError('USAGE', `${flag} ${file}: cannot write the report: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
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
