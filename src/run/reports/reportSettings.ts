import type { ReportSettings } from '../report.js';
import type { ConformanceRuntime } from '../runtime.js';

/** What the report says about how the run was made: every option but the target's credentials. */
export function reportSettings(runtime: ConformanceRuntime, command: string): ReportSettings {
  return {
    command,
    runs: runtime.runs,
    checks: runtime.checks,
    ...(runtime.operations ? { operations: runtime.operations } : {}),
    readOnly: runtime.readOnly,
    ...(runtime.shard ? { shard: runtime.shard } : {}),
    concurrency: runtime.concurrency,
    timeoutMs: runtime.timeoutMs,
    deadlineMs: runtime.deadlineMs,
    ...(runtime.rate ? { rate: runtime.rate } : {}),
    specPaths: runtime.specPaths,
  };
}
