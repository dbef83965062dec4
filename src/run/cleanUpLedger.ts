import type { SpecIndex } from '../spec/types.js';
import type { Ledger } from './ledger.js';
import type { ConformanceRuntime } from './runtime.js';
import { RunSession } from './session/RunSession.js';

/**
 * Deletes what an interrupted run created and did not delete itself, as the ledger tells it (each
 * under the parents it was created under; the parents the run made last).
 * Returns how many were deleted, the SIDs that could not be, and, of those, the ones whose
 * description has no delete at all, by resource (`conversations_v1 ConversationWithParticipants`).
 */
export async function cleanUpLedger(
  ledger: Ledger,
  runtime: ConformanceRuntime,
  index: SpecIndex,
): Promise<{ deleted: number; left: string[]; undeletable: Record<string, string[]> }> {
  const session = new RunSession(runtime, index);
  const unknown: string[] = [];
  const undeletable: Record<string, string[]> = {};
  let adopted = 0;
  for (const entry of ledger.entries()) {
    const resource = index.resources.find((r) => r.specId === entry.specId && r.listPath === entry.listPath);
    if (!resource?.operations.delete) {
      unknown.push(entry.sid);
      const name = `${entry.specId} ${resource?.name ?? entry.listPath}`;
      (undeletable[name] ??= []).push(entry.sid);
      continue;
    }
    const parents = entry.parents ?? session.parentPath(resource);
    if (entry.parent) session.parents.adopt(resource, entry.sid, parents);
    else session.created.adopt(resource, entry.sid, parents);
    adopted += 1;
  }
  try {
    const left = await session.cleanup();
    return { deleted: adopted - left.length, left: [...left, ...unknown], undeletable };
  } finally {
    await session.close();
  }
}
