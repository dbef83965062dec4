import { summarize, type ReportSettings, type RunReport } from '../report.js';

/** The report of a run that ended with exit 2 before a verdict: no results, and the error that stopped it. */
export function errorReport(input: {
  target: RunReport['target'];
  seed: number;
  error: { code: string; message: string };
  startedAt: number;
  settings?: ReportSettings;
}): RunReport {
  return {
    target: input.target,
    seed: input.seed,
    summary: summarize([], []),
    results: [],
    failures: [],
    startedAt: new Date(input.startedAt).toISOString(),
    durationMs: Date.now() - input.startedAt,
    ...(input.settings ? { settings: input.settings } : {}),
    error: input.error,
  };
}
