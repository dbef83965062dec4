import fc from 'fast-check';
import type { CheckId } from '../../checkIds.js';
import { validCase } from '../../generate/validCase.js';
import type { RequestCase } from '../../generate/types.js';
import { mapInOrder } from '../mapInOrder.js';
import { addressedSid, judge, onInstance, placeholderIds, record, type OperationRun } from '../operationRun.js';
import { isExchange } from '../../http/isExchange.js';
import { answerKind, shrinkBudget } from '../shrinkBudget.js';

/** The resource a case addresses: the shared one, or a fresh one for each delete. */
async function target(run: OperationRun, requestCase: RequestCase): Promise<RequestCase | undefined> {
  if (!onInstance(run.operation) || !run.resource.idParam) return requestCase;
  const sid = await addressedSid(run);
  if (sid === undefined) return undefined;
  return { ...requestCase, path: { ...requestCase.path, [run.resource.idParam]: sid } };
}

/** One turn at a time per resource: a singleton's create and delete go out as a pair. */
const singletonTurns = new WeakMap<object, Promise<unknown>>();

/**
 * A resource its path names without an id (accounts_v1's secondary auth token): each delete of it is
 * preceded by a create, the pair one at a time, so that every valid delete has something to delete.
 */
function remadeFirst<T>(run: OperationRun, job: () => Promise<T>): Promise<T> {
  if (run.operation.kind !== 'delete' || run.resource.idParam) return job();
  const turn = (singletonTurns.get(run.resource) ?? Promise.resolve())
    .then(() => run.session.setup.remakeSingleton(run.resource))
    .then(job);
  singletonTurns.set(run.resource, turn.catch(() => undefined));
  return turn;
}

function send(run: OperationRun, generated: RequestCase) {
  return remadeFirst(run, () => sendNow(run, generated));
}

async function sendNow(run: OperationRun, generated: RequestCase) {
  const requestCase = await target(run, generated);
  if (!requestCase) return undefined;
  const outcome = await run.session.transport.send(run.session.request(requestCase));
  if (run.operation.kind === 'delete' && isExchange(outcome) && outcome.response.status < 300) {
    run.session.created.untrack(run.resource, requestCase.path[run.resource.idParam!]!);
  }
  return { requestCase, outcome };
}

/**
 * Valid requests: `runs` cases from the operation's arbitrary, each judged by every check. They go
 * out with `concurrency` in flight and are judged in case order, so a seed gives the same report
 * however the answers interleave. Then, for each check that failed, fast-check replays the same
 * seed with that check as the property and shrinks to the smallest request that still fails it;
 * that counterexample is what the report shows.
 */
export async function positiveScenario(run: OperationRun): Promise<void> {
  const { session, operation } = run;
  const arbitrary = validCase(operation, run.fixtures, { ids: placeholderIds(run), unique: session.uniqueFor(run.resource) });
  const seed = session.seedFor(operation, 'positive');
  const cases = fc.sample(arbitrary, { seed, numRuns: session.runtime.runs });
  await mapInOrder(cases, session.runtime.concurrency, (generated) => send(run, generated), (sent) => {
    if (!sent) {
      run.tally.unaddressed ??= run.session.setup.refusalFor(run.resource); // its setup create was refused
      return;
    }
    record(run, 'positive', sent.requestCase, sent.outcome);
    run.session.created.noteCreate(run.resource, run.operation, sent.outcome);
  });
  const failed = run.checks.filter((check) => run.tally.hasFailed(check) && check !== 'no_server_error');
  for (const check of failed) await shrink(run, arbitrary, seed, check);
}

/**
 * A smaller case counts as failing only when it fails the check with the same kind of answer as the
 * first: a replayed create may meet its own earlier self (409), which is the replay's doing, not the
 * failure being shrunk.
 */
async function shrink(run: OperationRun, arbitrary: fc.Arbitrary<RequestCase>, seed: number, check: CheckId): Promise<void> {
  let last: { requestCase: RequestCase; failures: ReturnType<typeof judge>['failures']; outcome: any } | undefined;
  let first: string | undefined;
  const property = fc.asyncProperty(arbitrary, shrinkBudget(async (generated: RequestCase) => {
    const sent = await send(run, generated);
    if (!sent) return true;
    const failures = judge(run, 'positive', sent.requestCase, sent.outcome).failures.filter((f) => f.check === check);
    run.session.created.noteCreate(run.resource, run.operation, sent.outcome);
    if (failures.length === 0) return true;
    first ??= answerKind(sent.outcome);
    if (answerKind(sent.outcome) !== first) return true;
    last = { requestCase: sent.requestCase, failures, outcome: sent.outcome };
    return false;
  }));
  const result = await fc.check(property, { seed, numRuns: run.session.runtime.runs, interruptAfterTimeLimit: 10_000 });
  if (result.failed && last && result.counterexamplePath) {
    run.tally.fail(last.failures.slice(0, 1), last.outcome, { replayPath: result.counterexamplePath });
  }
}
