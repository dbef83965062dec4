import type { CheckId } from '../checkIds.js';
import { judgeSteps } from '../checks/index.js';
import type { Resource } from '../spec/types.js';
import { concurrencySequence } from './sequences/concurrencySequence.js';
import { conflictSequence } from './sequences/conflictSequence.js';
import { lifecycleSequence } from './sequences/lifecycleSequence.js';
import { paginationSequence } from './sequences/paginationSequence.js';
import { SequenceClient, type Judges } from './sequences/SequenceClient.js';
import { NotSent, SequenceViolation } from './sequences/SequenceViolation.js';
import { recordViolation } from './sequences/recordViolation.js';
import { timestampsSequence } from './sequences/timestampsSequence.js';
import { judgeSequenceExchange, sequenceExchangeChecks, type SequenceJudge } from './sequences/judgeSequenceExchange.js';
import type { RunSession } from './session/RunSession.js';
import { Tally } from './tally.js';

/**
 * The sequences that drive the requests a sequence check judges (src/checks), by check id; the
 * lifecycle's fast-check sequences run apart (lifecycleSequence).
 */
export const SEQUENCES: Partial<Record<CheckId, (session: RunSession, resource: Resource, client: SequenceClient) => Promise<void>>> = {
  timestamps: timestampsSequence,
  pagination: paginationSequence,
  conflict: conflictSequence,
  concurrency: concurrencySequence,
};

/** A sequence's steps judged by check `id` as they are recorded, and each answer by the exchange checks. */
const judgesFor = (id: CheckId, resource: Resource, exchange: SequenceJudge): Judges => ({ steps: (steps) => judgeSteps(id, { resource }, steps), exchange });

/** The subject a resource's sequence checks are reported under: `Members sequences`. */
export const sequenceSubject = (resource: Resource): string => `${resource.name} sequences`;

/** Runs the selected sequence checks of one resource; a violation is recorded with its steps. */
export async function executeSequences(session: RunSession, resource: Resource, checks: readonly CheckId[]): Promise<Tally> {
  const tally = new Tally(resource.specId, sequenceSubject(resource), session.runtime.seed, session.secrets);
  // What the operations' scenarios made is not needed any more; sequences page through shorter lists.
  await session.cleanup(resource);
  const judge = judgeSequenceExchange(session, resource, tally, checks);
  // The exchange checks judge what the sequences send; with no sequence check here to drive them
  // (another shard has those), the lifecycle runs for them alone.
  const driven = checks.some((check) => check === 'lifecycle' || SEQUENCES[check] !== undefined);
  if (checks.includes('lifecycle') || (!driven && sequenceExchangeChecks(checks).length > 0)) {
    await lifecycleSequence(session, resource, tally, Math.max(5, Math.ceil(session.runtime.runs / 4)), checks, judgesFor('lifecycle', resource, judge));
    tally.get('no_server_error').cases += tally.get('lifecycle').cases;
  }
  for (const check of checks) {
    const scenario = SEQUENCES[check];
    if (!scenario) continue;
    tally.get(check).cases += 1;
    tally.get('no_server_error').cases += 1;
    const client = new SequenceClient(session, resource, judgesFor(check, resource, judge));
    try {
      await scenario(session, resource, client);
    } catch (error) {
      if (error instanceof NotSent) break; // no verdict: the run reports itself incomplete
      if (!(error instanceof SequenceViolation)) throw error;
      recordViolation(tally, check, checks, error, { steps: client.lines() });
    }
  }
  tally.traffic = session.transport.traffic();
  return tally;
}
