import { cleanUpLedger } from '../run/cleanUpLedger.js';
import { listenLedger } from '../run/ledger.js';
import type { RunReport } from '../run/report.js';
import { runConformance, type RunHooks } from '../run/runConformance.js';
import type { ConformanceRuntime } from '../run/runtime.js';
import type { SpecIndex } from '../spec/types.js';
import type { Io } from './command.js';

/**
 * Runs the suite with Ctrl-C (and SIGTERM) wired to a clean stop, and deletes what the run created
 * but could not delete itself, as the ledger tells it. Resolves to the report, or to 130 when the
 * run was interrupted (after the cleanup).
 */
export async function runWithCleanup(runtime: ConformanceRuntime, index: SpecIndex, io: Io, hooks: RunHooks): Promise<RunReport | 130> {
  const ledger = listenLedger();
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: leave at once
    io.stderr('\napiconform: interrupted; deleting what this run created (Ctrl-C again to leave now)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const report = await runConformance(runtime, { ...hooks, signal: stop.signal });
    const { deleted, left, undeletable } = ledger.entries().length > 0 ? await cleanUpLedger(ledger, runtime, index) : { deleted: 0, left: [], undeletable: {} };
    const kept = Object.values(undeletable).flat();
    if (kept.length > 0) {
      const byResource = Object.entries(undeletable).map(([name, sids]) => `${name} × ${sids.length}`).join(', ');
      io.stderr(`apiconform: ${kept.length} resource(s) this run created have no delete operation in their description, and stay: ${byResource}\n`);
    }
    const failed = left.filter((sid) => !kept.includes(sid));
    if (report.interrupted) {
      const leftNote = failed.length ? `; could not delete ${failed.join(', ')}` : '';
      io.stderr(`apiconform: interrupted after ${(report.durationMs / 1000).toFixed(1)} s; deleted ${deleted} resource(s) the run had created${leftNote}\n`);
      return 130;
    }
    if (failed.length > 0) io.stderr(`apiconform: could not delete ${failed.length} resource(s) this run created: ${failed.join(', ')}\n`);
    if (left.length > 0) report.leftBehind = left;
    return report;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    ledger.close();
  }
}
