import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from './report.js';

export async function writeJsonReport(file: string, report: RunReport): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
