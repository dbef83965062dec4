import type { Failure, Step, StepAction } from '../../checks/types.js';
import { MAX_LIST_PAGES } from '../../checks/support/ListReads.js';
import { reprOf } from '../../checks/support/reprOf.js';
import type { RequestCase } from '../../generate/types.js';
import { pageSizeFor } from '../../spec/pageSizeFor.js';
import { isExchange } from '../../http/isExchange.js';
import type { Exchange, HttpRequest, TransportFailure } from '../../http/types.js';
import type { Operation, OperationKind, Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { SequenceJudge } from './judgeSequenceExchange.js';
import { NotSent, SequenceViolation } from './SequenceViolation.js';
import { OPERATION_OF, scenarioOf } from './stepActions.js';
import { nextPageOf } from '../../checks/support/nextPageOf.js';
import { pageUrl } from '../../http/pageUrl.js';
import { describeCase, stepLines } from './stepLines.js';

export interface Call {
  action: StepAction;
  /** The instance id in the path (SID or alias), for instance operations. */
  id?: string;
  /** The instance's SID when `id` is an alias. */
  sid?: string;
  /** How the path names the instance or its parents, when it matters to the judgment (`instance alias`). */
  by?: string;
  /** Parent path values to use instead of the fixtures (an alias). */
  parents?: Record<string, string>;
  query?: [string, string][];
  form?: [string, string][];
}

/** Who judges what a client records: the sequence's own check, on the steps so far; the exchange checks, on each answer. */
export interface Judges {
  steps: (steps: readonly Step[]) => Failure[];
  exchange?: SequenceJudge;
}

/**
 * Sends the requests of one sequence against one resource and records each as a step. After every
 * step the sequence's check judges the steps so far; its first failure ends the sequence (a
 * SequenceViolation), so that a sequence never goes on from an answer that already broke a rule.
 */
export class SequenceClient {
  readonly steps: Step[] = [];
  /** SIDs this client's creates got, in order (so a sequence can tidy up after itself). */
  readonly created: string[] = [];

  constructor(
    readonly session: RunSession,
    readonly resource: Resource,
    private readonly judges: Judges,
  ) {}

  get fixtures(): Record<string, string> {
    return this.session.fixtures(this.resource);
  }

  operation(kind: OperationKind): Operation {
    const operation = this.resource.operations[kind];
    if (!operation) throw new Error(`${this.resource.name} has no ${kind} operation`);
    return operation;
  }

  caseFor(call: Call): RequestCase {
    const operation = this.operation(OPERATION_OF[call.action]);
    const path = this.session.parentPath(this.resource, call.parents);
    if (call.id !== undefined && this.resource.idParam) path[this.resource.idParam] = call.id;
    return { operation, path, query: call.query ?? [], headers: {}, ...(call.form ? { form: call.form } : {}) };
  }

  /** The steps so far as a report lists them. */
  lines(): string[] {
    return stepLines(this.steps);
  }

  async send(call: Call): Promise<Exchange> {
    const requestCase = this.caseFor(call);
    return this.exchange(call, requestCase, this.session.request(requestCase), describeCase(requestCase));
  }

  /** Follows a meta URL (path and query) on the target's own origin. */
  async follow(url: string): Promise<Exchange> {
    const call: Call = { action: 'next page' };
    const requestCase = this.caseFor(call);
    const base = new URL(this.session.baseUrl(requestCase.operation.specId));
    const target = new URL(pageUrl(url, base.href));
    const request = { ...this.session.request(requestCase), url: target.href };
    return this.exchange(call, requestCase, request, `GET ${target.pathname}${target.search}`);
  }

  /** Reads every page of the list, following next_page_url or next_page_uri (at most MAX_LIST_PAGES times). */
  async listAll(pageSize = 50, query: [string, string][] = [], parents?: Record<string, string>): Promise<void> {
    let exchange = await this.send({ action: 'list', query: [...query, ['PageSize', String(pageSizeFor(this.resource.operations.list, pageSize))]], ...(parents ? { parents } : {}) });
    for (let page = 1; page <= MAX_LIST_PAGES; page += 1) {
      const next = nextPageOf(reprOf(exchange));
      if (typeof next !== 'string') return;
      exchange = await this.follow(next);
    }
  }

  /** Sends creates all at once (the session's burst client, so that they really are in flight together), then judges them. */
  async createTogether(forms: [string, string][][]): Promise<void> {
    const burst = this.session.transport.burstClient(forms.length);
    const cases = forms.map((form) => this.caseFor({ action: 'create together', form }));
    const outcomes = await Promise.all(cases.map((requestCase) => burst.send(this.session.request(requestCase))));
    outcomes.forEach((outcome, i) => {
      this.record({ action: 'create together', form: forms[i]! }, describeCase(cases[i]!), outcome);
      this.session.created.noteCreate(this.resource, cases[i]!.operation, outcome);
    });
    this.judge();
  }

  private async exchange(call: Call, requestCase: RequestCase, request: HttpRequest, line: string): Promise<Exchange> {
    const outcome = await this.session.transport.send(request);
    if (!isExchange(outcome) && outcome.notSent) throw new NotSent(outcome.message);
    this.record(call, line, outcome);
    if (isExchange(outcome)) {
      // Before noteCreate: the SID a create just got is not one "an earlier create already got".
      if (outcome.response.status < 500) this.judges.exchange?.(requestCase, outcome, scenarioOf(call.action), this.lines());
      this.track(call, requestCase, outcome);
    }
    this.judge();
    if (!isExchange(outcome)) throw new Error(`no answer to ${line}, and no failure for it`);
    return outcome;
  }

  private record(call: Call, line: string, outcome: Exchange | TransportFailure): void {
    const sid = call.sid ?? call.id;
    this.steps.push({
      action: call.action,
      line,
      form: call.form ?? [],
      query: call.query ?? [],
      ...(sid !== undefined ? { sid } : {}),
      ...(call.by !== undefined ? { by: call.by } : {}),
      outcome,
      at: Date.now(),
    });
  }

  /** What the run created and deleted, for its cleanup. */
  private track(call: Call, requestCase: RequestCase, outcome: Exchange): void {
    const kind = OPERATION_OF[call.action];
    const succeeded = outcome.response.status < 300;
    if (kind === 'create') {
      this.session.created.noteCreate(this.resource, requestCase.operation, outcome);
      const sid = reprOf(outcome).sid;
      if (succeeded && typeof sid === 'string') this.created.push(sid);
    }
    const deleted = call.sid ?? call.id;
    if (kind === 'delete' && succeeded && deleted) this.session.created.untrack(this.resource, deleted);
  }

  /** Ends the sequence at the first failure its check finds in the steps so far, with the answer that shows it. */
  private judge(): void {
    const [failure] = this.judges.steps(this.steps);
    if (!failure) return;
    const shown = this.steps[failure.step ?? this.steps.length - 1]!;
    throw new SequenceViolation(failure.check, failure.message, shown.outcome);
  }
}
