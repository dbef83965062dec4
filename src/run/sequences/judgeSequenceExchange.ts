import { judgeExchange, judgesExchanges } from '../../checks/index.js';
import type { CheckId } from '../../checkIds.js';
import type { Scenario } from '../../checks/types.js';
import type { RequestCase } from '../../generate/types.js';
import type { Exchange } from '../../http/types.js';
import { ANY_SID } from '../../spec/sids.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { Tally } from '../tally.js';

/** Judges one exchange a sequence made; `steps` are the sequence's steps up to and including it. */
export type SequenceJudge = (requestCase: RequestCase, exchange: Exchange, scenario: Scenario, steps: readonly string[]) => void;

/**
 * The single-exchange checks that also judge what sequences send. `no_server_error` is left out: the
 * sequence's own check judges a 5xx or a missing answer in its steps, and the sequence stops there.
 */
export const sequenceExchangeChecks = (checks: readonly CheckId[]): CheckId[] =>
  checks.filter((id) => id !== 'no_server_error' && judgesExchanges(id));

/** How the request addressed the resource, when not by SIDs: `FetchMember by "alice" through ChannelSid "general"`. */
function addressed(requestCase: RequestCase, resource: Resource, fixtures: Record<string, string>): string {
  const notes: string[] = [];
  const id = resource.idParam ? requestCase.path[resource.idParam] : undefined;
  if (id !== undefined && !ANY_SID.test(id)) notes.push(`by ${JSON.stringify(id)}`);
  for (const param of resource.parentParams) {
    const value = requestCase.path[param];
    if (value !== undefined && value !== fixtures[param]) notes.push(`through ${param} ${JSON.stringify(value)}`);
  }
  return [requestCase.operation.operationId, ...notes].join(' ');
}

/**
 * Every exchange of a resource's sequences (fetch by alias, list through a parent's alias, update,
 * delete, …) judged by the selected single-exchange checks, as if a scenario of that operation had
 * sent it; failures go under their own check ids, the message naming the operation and the steps
 * showing how the sequence got there.
 */
export function judgeSequenceExchange(session: RunSession, resource: Resource, tally: Tally, checks: readonly CheckId[]): SequenceJudge {
  const selected = sequenceExchangeChecks(checks);
  const fixtures = session.fixtures(resource);
  return (requestCase, exchange, scenario, steps) => {
    // Still rate-limited after the client's retries: not a verdict (as in the operations' scenarios).
    if (selected.length === 0 || exchange.response.status === 429) return;
    const ctx = {
      scenario,
      operation: requestCase.operation,
      resource,
      case: requestCase,
      accountSid: session.runtime.target.auth.accountSid,
      fixtures,
      createdSids: session.created.sidsOf(resource),
    };
    const { applied, failures } = judgeExchange(ctx, exchange, selected);
    tally.count(applied);
    if (failures.length === 0) return;
    const where = addressed(requestCase, resource, fixtures);
    tally.fail(failures.map((failure) => ({ ...failure, message: `${where}: ${failure.message}` })), exchange, { steps: [...steps] });
  };
}
