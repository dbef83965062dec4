import { readFile } from 'node:fs/promises';
import { HarnessError } from '../../errors.js';
import type { RunReport } from '../report.js';

/** Reads a JSON report written by `apiconform run --report-json`; anything else is a usage error naming the file. */
export async function readReport(file: string, flag: string): Promise<RunReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HarnessError('USAGE', `${flag} ${file}: cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let report: Partial<RunReport>;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new HarnessError('USAGE', `${flag} ${file}: not JSON: ${(error as Error).message}`);
  }
  const missing = (['seed', 'summary', 'results', 'failures'] as const).filter((key) => report?.[key] === undefined);
  if (typeof report !== 'object' || report === null || missing.length > 0 || !Array.isArray(report.results) || !Array.isArray(report.failures)) {
    throw new HarnessError('USAGE', `${flag} ${file}: not an apiconform JSON report (no ${missing.join(', ') || 'results/failures list'}); write one with --report-json`);
  }
  return report as RunReport;
}
