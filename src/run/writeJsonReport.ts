import { writeReportFile } from './writeReportFile.js';
import type { RunReport } from './report.js';

export async function writeJsonReport(file: string, report: RunReport): Promise<void> {
  await writeReportFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
