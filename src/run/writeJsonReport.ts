import { writeFile } from 'node:fs/promises';
import { ensureParentDir } from './ensureParentDir.js';
import type { RunReport } from './report.js';

export async function writeJsonReport(file: string, report: RunReport): Promise<void> {
  await ensureParentDir(file);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
