import type { CheckId } from '../checkIds.js';
import type { Operation, Resource } from '../spec/types.js';
import type { OperationRun } from './operationRun.js';
import { authScenario } from './scenarios/auth.js';
import { negativeScenario } from './scenarios/negative.js';
import { notFoundScenario } from './scenarios/notFound.js';
import { positiveScenario } from './scenarios/positive.js';
import { protocolScenario } from './scenarios/protocol.js';
import type { RunSession } from './session/RunSession.js';
import { Tally } from './tally.js';

/**
 * Which scenarios feed which checks: a scenario runs only when one of its checks is selected. The
 * ones that read the whole list around each write go first, while the list is still short.
 */
const SCENARIOS: { run: (run: OperationRun) => Promise<void>; feeds: CheckId[] | 'any' }[] = [
  { run: negativeScenario, feeds: ['negative_rejection', 'error_shape', 'no_server_error', 'content_type'] },
  { run: protocolScenario, feeds: ['negative_rejection', 'error_shape', 'no_server_error', 'content_type'] },
  { run: notFoundScenario, feeds: ['not_found', 'error_shape', 'no_server_error', 'content_type'] },
  { run: authScenario, feeds: ['auth', 'error_shape', 'no_server_error', 'content_type'] },
  { run: positiveScenario, feeds: 'any' },
];

/** Runs every scenario of one operation against the target, judging with `checks`. */
export async function executeOperation(
  session: RunSession,
  resource: Resource,
  operation: Operation,
  checks: readonly CheckId[],
): Promise<Tally> {
  const tally = new Tally(operation.specId, operation.operationId, session.runtime.seed, session.secrets);
  const run: OperationRun = { session, resource, operation, checks, tally, fixtures: session.fixtures(resource) };
  for (const scenario of SCENARIOS) {
    if (scenario.feeds === 'any' || scenario.feeds.some((check) => checks.includes(check))) await scenario.run(run);
  }
  // What this operation made is not needed by the next one (it makes its own): keep the lists short.
  await session.cleanup(resource);
  tally.traffic = session.transport.traffic();
  return tally;
}
