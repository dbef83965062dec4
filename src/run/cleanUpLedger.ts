import type { SpecIndex } from '../spec/types.js';
import type { Ledger } from './ledger.js';
import type { ConformanceRuntime } from './runtime.js';
import { RunSession } from './session/RunSession.js';

/**
 * Deletes what an interrupted run created and did not delete itself, as the ledger tells it (each
 * under the parents it was created under; the parents the run made last).
 * Returns how many were deleted and the SIDs that could not be.
 */
export async function cleanUpLedger(ledger: Ledger, runtime: ConformanceRuntime, index: SpecIndex): Promise<{ deleted: number; left: string[] }> {
  const session = new RunSession(runtime, index);
  const unknown: string[] = [];
  let adopted = 0;
  for (const entry of ledger.entries()) {
    const resource = index.resources.find((r) => r.specId === entry.specId && r.listPath === entry.listPath);
    if (!resource?.operations.delete) {
      unknown.push(entry.sid);
      continue;
    }
    const parents = entry.parents ?? session.parentPath(resource);
    if (entry.parent) session.parents.adopt(resource, entry.sid, parents);
    else session.created.adopt(resource, entry.sid, parents);
    adopted += 1;
  }
  try {
    const left = await session.cleanup();
    return { deleted: adopted - left.length, left: [...left, ...unknown] };
  } finally {
    await session.close();
  }
}
