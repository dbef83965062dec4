import { judgeExchange } from '../checks/index.js';
import type { CheckId } from '../checkIds.js';
import type { CheckContext, Failure, Scenario } from '../checks/types.js';
import fc from 'fast-check';
import { validCase } from '../generate/validCase.js';
import type { RequestCase, ValidCaseOptions } from '../generate/types.js';
import type { Exchange, TransportFailure } from '../http/types.js';
import type { Operation, Resource } from '../spec/types.js';
import { mapInOrder } from './mapInOrder.js';
import type { RunSession } from './session/RunSession.js';
import type { Tally } from './tally.js';
import { isExchange } from '../http/isExchange.js';

/** One operation being tested: what every scenario needs. */
export interface OperationRun {
  session: RunSession;
  resource: Resource;
  operation: Operation;
  checks: readonly CheckId[];
  tally: Tally;
  fixtures: Record<string, string>;
}

export type Judged = { outcome: Exchange | TransportFailure; failures: Failure[] };

const transportFailure = (outcome: TransportFailure): Failure => ({
  check: 'no_server_error',
  kind: 'transport',
  message: `no answer: ${outcome.code} after ${Math.round(outcome.durationMs)} ms (${outcome.message})`,
});

/** Judges one outcome with the selected checks; returns its failures without recording them. */
export function judge(
  run: OperationRun,
  scenario: Scenario,
  requestCase: RequestCase,
  outcome: Exchange | TransportFailure,
  extra: Partial<CheckContext> = {},
): { applied: CheckId[]; failures: Failure[] } {
  if (!isExchange(outcome)) {
    // A request that never left says nothing about the target: the run is incomplete instead.
    if (outcome.notSent || !run.checks.includes('no_server_error')) return { applied: [], failures: [] };
    return { applied: ['no_server_error'], failures: [transportFailure(outcome)] };
  }
  const ctx: CheckContext = {
    scenario,
    operation: run.operation,
    resource: run.resource,
    case: requestCase,
    accountSid: run.session.runtime.target.auth.accountSid,
    fixtures: run.fixtures,
    createdSids: run.session.created.sidsOf(run.resource),
    ...extra,
  };
  return judgeExchange(ctx, outcome, run.checks);
}

/** Judges and records in the tally. */
export function record(
  run: OperationRun,
  scenario: Scenario,
  requestCase: RequestCase,
  outcome: Exchange | TransportFailure,
  extra: Partial<CheckContext> = {},
): Judged {
  if (isExchange(outcome) && outcome.response.status === 429) {
    // Still rate-limited after the client's retries: a fact about load, not about conformance.
    run.session.transport.noteRateLimited();
    return { outcome, failures: [] };
  }
  const { applied, failures } = judge(run, scenario, requestCase, outcome, extra);
  if (isExchange(outcome) || !outcome.notSent) run.tally.observe(scenario, requestCase, outcome);
  run.tally.count(applied);
  run.tally.fail(failures, outcome);
  return { outcome, failures };
}

/** Whether the operation addresses one instance (and so needs a real resource to address). */
export const onInstance = (operation: Operation): boolean =>
  operation.kind === 'fetch' || operation.kind === 'update' || operation.kind === 'delete';

export const writes = (operation: Operation): boolean => operation.method !== 'GET' && operation.method !== 'HEAD';

/**
 * A list read that got no answer while a scenario needed it ("changes nothing"): the target did not
 * answer a valid request, so it is reported under no_server_error with that request.
 */
export function recordUnansweredList(run: OperationRun, scenario: Scenario, requestCase: RequestCase): void {
  const outcome = run.session.transport.takeUnansweredList();
  if (!outcome) return;
  record(run, scenario, requestCase, outcome);
}

/** What instance cases carry as their id until a real resource is known. */
export const PLACEHOLDER = 'placeholder';

/** The id values an instance operation's cases start with (none for list-path operations). */
export const placeholderIds = (run: OperationRun): Record<string, string> =>
  run.resource.idParam && onInstance(run.operation) ? { [run.resource.idParam]: PLACEHOLDER } : {};

/** One valid case for a scenario to start from (the seed makes it the same in every run). */
export function baseCase(run: OperationRun, scenario: string, options: ValidCaseOptions = {}): RequestCase {
  const arbitrary = validCase(run.operation, run.fixtures, { ids: placeholderIds(run), unique: run.session.uniqueFor(run.resource), ...options });
  return fc.sample(arbitrary, { seed: run.session.seedFor(run.operation, scenario), numRuns: 1 })[0]!;
}

/** The resource an instance case addresses: a fresh one for a delete (it may go), the shared one otherwise. */
export const addressedSid = (run: OperationRun): Promise<string | undefined> =>
  run.operation.kind === 'delete' ? run.session.setup.createOne(run.resource) : run.session.setup.poolResource(run.resource);

/** Sends independent cases with `--concurrency` in flight and records each, in case order. */
export function sendAndRecord(run: OperationRun, scenario: Scenario, cases: readonly RequestCase[]): Promise<void> {
  const { session } = run;
  return mapInOrder(cases, session.runtime.concurrency, (requestCase) => session.transport.send(session.request(requestCase)), (outcome, i) => {
    record(run, scenario, cases[i]!, outcome);
    session.created.noteCreate(run.resource, run.operation, outcome);
  });
}
