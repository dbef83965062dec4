import type { CheckId } from '../../checkIds.js';
import type { RequestCase } from '../../generate/types.js';
import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Operation, OperationKind, Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import { NotSent, stop, stopOn } from './SequenceViolation.js';
import { listPageFailure, noAnswerFailure, serverErrorFailure } from '../../checks/support/sequenceAnswers.js';
import { statusFailure } from '../../checks/support/statusFailure.js';
import type { SequenceJudge } from './judgeSequenceExchange.js';
import { reprOf } from './lifecycleModel.js';
import { pageSizeFor } from '../pageSizeFor.js';
import { isExchange } from '../../http/isExchange.js';

export interface Call {
  operation: OperationKind;
  /** The instance id (SID or alias), for instance operations. */
  id?: string;
  /** The instance's SID when `id` is an alias (what a successful delete stops tracking). */
  sid?: string;
  /** Parent path values to use instead of the fixtures (an alias). */
  parents?: Record<string, string>;
  query?: [string, string][];
  form?: [string, string][];
  /** The sequence expects a refusal (409, 404 after delete): the exchange checks judge it as `refused`, not as a valid request. */
  refused?: boolean;
}

/** Long generated values make unreadable steps: show the start and the length. */
const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);

const describeCase = (requestCase: RequestCase): string => {
  const form = requestCase.form?.map(([k, v]) => `${k}=${shown(v)}`).join(' ') ?? '';
  const query = requestCase.query.map(([k, v]) => `${k}=${v}`).join('&');
  const id = Object.entries(requestCase.path).at(-1)?.[1] ?? '';
  return `${requestCase.operation.operationId}${id ? ` ${id}` : ''}${query ? ` ?${query}` : ''}${form ? ` ${form}` : ''}`;
};

/**
 * Sends the requests of one sequence against one resource, writes each as a step of the sequence's
 * log, and turns a 5xx or a missing answer into a violation at once.
 */
export class SequenceClient {
  readonly steps: string[] = [];
  /** SIDs this client's creates got, in order (so a sequence can tidy up after itself). */
  readonly created: string[] = [];
  last: Exchange | TransportFailure | undefined;

  constructor(
    readonly session: RunSession,
    readonly resource: Resource,
    /** Judges each exchange with the single-exchange checks as well (none: the sequence's own verdicts only). */
    private readonly judge?: SequenceJudge,
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
    const operation = this.operation(call.operation);
    const path = this.session.parentPath(this.resource, call.parents);
    if (call.id !== undefined && this.resource.idParam) path[this.resource.idParam] = call.id;
    return { operation, path, query: call.query ?? [], headers: {}, ...(call.form ? { form: call.form } : {}) };
  }

  async send(call: Call): Promise<Exchange> {
    const requestCase = this.caseFor(call);
    const outcome = await this.session.transport.send(this.session.request(requestCase));
    this.last = outcome;
    if (!isExchange(outcome) && outcome.notSent) throw new NotSent(outcome.message);
    if (!isExchange(outcome)) {
      this.steps.push(`${describeCase(requestCase)} → no answer (${outcome.code})`);
      stop(noAnswerFailure(outcome, true), outcome);
    }
    this.steps.push(`${describeCase(requestCase)} → ${outcome.response.status}`);
    // Before noteCreate: the SID a create just got is not one "an earlier create already got".
    if (outcome.response.status < 500) this.judge?.(requestCase, outcome, call.refused ? 'refused' : 'positive', this.steps);
    if (call.operation === 'create') {
      this.session.created.noteCreate(this.resource, requestCase.operation, outcome);
      const sid = reprOf(outcome).sid;
      if (outcome.response.status < 300 && typeof sid === 'string') this.created.push(sid);
    }
    const deleted = call.sid ?? call.id;
    if (call.operation === 'delete' && outcome.response.status < 300 && deleted) this.session.created.untrack(this.resource, deleted);
    stopOn(serverErrorFailure(outcome.response.status, `for ${describeCase(requestCase)}`), outcome);
    return outcome;
  }

  /** Fails `check` unless the status is one of `expected`. */
  expectStatus(exchange: Exchange, expected: readonly number[], check: CheckId, why: string): void {
    stopOn(statusFailure(exchange.response.status, expected, check, why), exchange);
  }

  /** Every item of the list (all pages), or a violation when the list cannot be read. */
  async listAll(check: CheckId, pageSize = 50, query: [string, string][] = [], parents?: Record<string, string>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const size = pageSizeFor(this.resource.operations.list, pageSize);
    let exchange = await this.send({ operation: 'list', query: [...query, ['PageSize', String(size)]], ...(parents ? { parents } : {}) });
    for (let page = 0; page < 1000; page += 1) {
      this.expectStatus(exchange, [200], check, 'list');
      const body = reprOf(exchange);
      stopOn(listPageFailure(body, this.resource.listKey, check), exchange);
      items.push(...((body?.[this.resource.listKey ?? ''] ?? []) as Record<string, unknown>[]));
      const next = body?.meta?.next_page_url;
      if (typeof next !== 'string') break;
      exchange = await this.follow(next);
    }
    return items;
  }

  /** Follows a meta URL (path and query) on the target's own origin. */
  async follow(url: string): Promise<Exchange> {
    const list = this.operation('list');
    const base = new URL(this.session.baseUrl(list.specId));
    const target = new URL(url, base);
    const request = { ...this.session.request(this.caseFor({ operation: 'list' })), url: `${base.origin}${target.pathname}${target.search}` };
    const outcome = await this.session.transport.send(request);
    this.last = outcome;
    if (!isExchange(outcome) && outcome.notSent) throw new NotSent(outcome.message);
    if (!isExchange(outcome)) {
      this.steps.push(`GET ${target.pathname}${target.search} → no answer (${outcome.code})`);
      stop(noAnswerFailure(outcome, false), outcome);
    }
    this.steps.push(`GET ${target.pathname}${target.search} → ${outcome.response.status}`);
    if (outcome.response.status < 500) this.judge?.(this.caseFor({ operation: 'list' }), outcome, 'positive', this.steps);
    stopOn(serverErrorFailure(outcome.response.status, 'following next_page_url'), outcome);
    return outcome;
  }
}
