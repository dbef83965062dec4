import type { CheckId } from '../checkIds.js';
import type { Failure, Scenario } from '../checks/types.js';
import { redact } from '../http/redact.js';
import { toCurl } from '../http/toCurl.js';
import type { Exchange, HttpRequest, TransportFailure } from '../http/types.js';
import type { RequestCase } from '../generate/types.js';
import type { FailureReport, ObservedScenarios } from './report.js';
import { isExchange } from '../http/isExchange.js';

const BODY_LIMIT = 2000;
/** A request body longer than this (the oversized-body probe) is shown cut, in the report and its curl. */
const REQUEST_BODY_LIMIT = 64 * 1024;

const shownRequest = (request: HttpRequest): HttpRequest =>
  request.body === undefined || request.body.length <= REQUEST_BODY_LIMIT
    ? request
    : { ...request, body: `${request.body.slice(0, 200)}…(${request.body.length} bytes)` };
/** Failures kept per check and kind: the first one is the example, the rest would be noise. */
const PER_KIND = 1;

export interface CheckTally {
  cases: number;
  failures: FailureReport[];
}

const redactHeaders = (headers: Record<string, string>, secrets: readonly string[]): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? 'Basic ***' : redact(value, secrets)]),
  );

function requestReport(request: HttpRequest, secrets: readonly string[]): FailureReport['request'] {
  return {
    method: request.method,
    url: redact(request.url, secrets),
    headers: redactHeaders(request.headers, secrets),
    ...(request.body === undefined ? {} : { body: redact(request.body, secrets) }),
  };
}

/**
 * The results of one operation (or sequence) per check: how many cases each check judged, and its
 * failures as report entries, already redacted, ready to cross from the vitest worker to the CLI.
 */
export class Tally {
  private readonly byCheck = new Map<CheckId, CheckTally>();
  /** The run's traffic counts when this subject ended (see RunSession.traffic). */
  traffic = { retried429: 0, rateLimited: 0, notSent: 0 };
  private readonly kinds = new Map<string, number>();
  /** What the operation's requests were and got, per scenario: the run's coverage is built from this. */
  readonly observed: ObservedScenarios = {};
  /** Wall time of the subject, set when it ends. */
  durationMs?: number;
  /** Why some valid cases had no resource to address (its create was refused): a skip's reason. */
  unaddressed?: string;

  constructor(
    private readonly spec: string,
    private readonly subject: string,
    private readonly seed: number,
    private readonly secrets: readonly string[],
  ) {}

  get(check: CheckId): CheckTally {
    let tally = this.byCheck.get(check);
    if (!tally) this.byCheck.set(check, (tally = { cases: 0, failures: [] }));
    return tally;
  }

  count(checks: readonly CheckId[]): void {
    for (const check of checks) this.get(check).cases += 1;
  }

  /** Counts one sent request under its scenario: its parameters, and its status (`none`: no answer). */
  observe(scenario: Scenario, requestCase: RequestCase, outcome: Exchange | TransportFailure): void {
    const entry = (this.observed[scenario] ??= { sent: 0, statuses: {}, parameters: [] });
    entry.sent += 1;
    const names = [...requestCase.query.map(([name]) => name), ...Object.keys(requestCase.headers), ...(requestCase.form ?? []).map(([name]) => name)];
    for (const name of names) if (!entry.parameters.includes(name)) entry.parameters.push(name);
    const status = isExchange(outcome) ? String(outcome.response.status) : 'none';
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
  }

  hasFailed(check: CheckId): boolean {
    return (this.byCheck.get(check)?.failures.length ?? 0) > 0;
  }

  /** Records failures of one exchange (or a transport failure, which has no response). */
  fail(failures: readonly Failure[], outcome: Exchange | TransportFailure, extra: Partial<FailureReport> = {}): void {
    for (const failure of failures) {
      const key = `${failure.check} ${failure.kind}`;
      const seen = this.kinds.get(key) ?? 0;
      this.kinds.set(key, seen + 1);
      if (seen >= PER_KIND && !extra.replayPath) continue;
      const response = isExchange(outcome) ? outcome.response : undefined;
      const sent = shownRequest(outcome.request);
      const request = requestReport(sent, this.secrets);
      const report: FailureReport = {
        spec: this.spec,
        operation: this.subject,
        check: failure.check,
        kind: failure.kind,
        message: redact(failure.message, this.secrets),
        request,
        response: response
          ? { status: response.status, headers: redactHeaders(response.headers, this.secrets), body: redact(response.body.slice(0, BODY_LIMIT), this.secrets) }
          : null,
        curl: toCurl(sent, this.secrets),
        seed: this.seed,
        ...extra,
      };
      const list = this.get(failure.check).failures;
      if (extra.replayPath) {
        // A shrunk counterexample replaces the first, unshrunk example of its check.
        const at = list.findIndex((f) => f.replayPath === undefined);
        if (at >= 0) list.splice(at, 1, report);
        else list.unshift(report);
      } else {
        list.push(report);
      }
    }
  }
}
