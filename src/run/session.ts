import fc from 'fast-check';
import { validCase } from '../generate/validCase.js';
import { uniqueTag } from '../generate/uniqueTag.js';
import type { RequestCase } from '../generate/types.js';
import { buildRequest } from '../http/buildRequest.js';
import { createHttpClient } from '../http/createHttpClient.js';
import { createRateLimitGuard, type RateLimitGuard } from '../http/createRateLimitGuard.js';
import { secretsOf } from '../http/secretsOf.js';
import { bodyJson } from '../http/bodyJson.js';
import type { Exchange, HttpClient, HttpRequest, TransportFailure } from '../http/types.js';
import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import { baseUrlFor, type Credentials } from '../target.js';
import { hashString } from '../prng.js';
import type { ConformanceRuntime } from './runtime.js';
import { closeLedgerOutbox, onStop, postLedger } from './ledger.js';
import { mapInOrder } from './mapInOrder.js';
import { rateLimitedError } from './rateLimitedError.js';

export const isTransportFailure = (outcome: Exchange | TransportFailure): outcome is TransportFailure =>
  'code' in outcome && !('response' in outcome);

interface Tracked {
  resource: Resource;
  sid: string;
}

/** Every parameter and body property name: as `omit`, it leaves a case with only what is required. */
const optionalNames = (operation: Operation): string[] => [
  ...Object.values(operation.parameters).flat().map((param) => param.name),
  ...Object.keys(((operation.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {})),
];

/** A 429 is retried after its Retry-After, at most 3 times and 5 s each; it is never a verdict. */
export const RETRY_429 = { maxRetries: 3, maxDelayMs: 5_000 };

function createdSid({ response }: Exchange): string | undefined {
  const sid = (bodyJson(response) as { sid?: unknown } | null | undefined)?.sid;
  return typeof sid === 'string' ? sid : undefined;
}

const resourceKey = (resource: Resource): string => `${resource.specId} ${resource.listPath}`;

/**
 * Everything one conformance run shares: the HTTP client, the credentials, and the resources the run
 * created, so that it can delete exactly those, and nothing else, when it ends.
 */
export class RunSession {
  readonly client: HttpClient;
  readonly secrets: string[];
  /** Shared by the run's clients: a target that answers only 429 ends the run (exit 2), not its deadline. */
  private readonly rateLimits: RateLimitGuard = createRateLimitGuard();
  private readonly tracked: Tracked[] = [];
  private readonly sids = new Map<string, Set<string>>();
  private readonly pools = new Map<string, Promise<string | undefined>>();
  private readonly setupCases = new Map<Operation, fc.Arbitrary<RequestCase>>();
  private readonly tags = new Map<string, () => string>();
  private burst: HttpClient | undefined;
  private readonly stopListener: { close(): void };
  /** Set when the CLI says stop (Ctrl-C): nothing more is sent, except the cleanup. */
  private stopped = false;
  /** Requests that were still answered 429 after the retries: not judged, only counted. */
  rateLimited = 0;
  /** Requests never sent (deadline passed, run stopped): the run is incomplete. */
  notSent = 0;
  /** The last list read that got no answer, for the scenario that needed it to report. */
  unansweredList: TransportFailure | undefined;

  constructor(
    readonly runtime: ConformanceRuntime,
    readonly index: SpecIndex,
  ) {
    this.client = createHttpClient({
      timeoutMs: runtime.timeoutMs,
      concurrency: runtime.concurrency,
      ...(runtime.rate ? { rate: runtime.rate } : {}),
      retry429: RETRY_429,
      rateLimitGuard: this.rateLimits,
      deadlineAt: runtime.startedAt + runtime.deadlineMs,
    });
    this.stopListener = onStop(() => (this.stopped = true));
    this.secrets = secretsOf(runtime.target.auth);
  }

  /**
   * The unique-name tags of one resource: `~<seed><letter>.<n>`. One counter per resource, so that a
   * seed gives the same names however the resources' streams interleave.
   */
  uniqueFor(resource: Resource): () => string {
    const key = resourceKey(resource);
    let tag = this.tags.get(key);
    if (!tag) {
      const letter = String.fromCharCode(97 + (this.index.resources.indexOf(resource) % 26));
      this.tags.set(key, (tag = uniqueTag(`${this.runtime.seed.toString(36)}${letter}`)));
    }
    return tag;
  }

  baseUrl(specId: string): string {
    const url = baseUrlFor(this.runtime.target, specId);
    if (url === undefined) throw new Error(`no base URL for spec ${specId}`);
    return url;
  }

  fixtures(specId: string): Record<string, string> {
    return this.runtime.target.fixtures[specId] ?? {};
  }

  /** fast-check seed for one operation and scenario: stable for a run seed, distinct per operation. */
  seedFor(operation: Operation, scenario: string): number {
    return (this.runtime.seed ^ hashString(`${operation.specId} ${operation.operationId} ${scenario}`)) & 0x7fffffff;
  }

  request(requestCase: RequestCase, auth: Credentials | null = this.runtime.target.auth): HttpRequest {
    const request = buildRequest(requestCase, {
      baseUrl: this.baseUrl(requestCase.operation.specId),
      auth: auth ?? { accountSid: '', authToken: '' },
    });
    if (auth === null) delete request.headers.authorization, delete request.headers.Authorization;
    return request;
  }

  /**
   * Sends one request, unless the run's deadline has passed (then a DEADLINE failure, at once). Throws
   * a HarnessError once the target has answered nothing but 429 for longer than the run's budget.
   */
  async send(request: HttpRequest): Promise<Exchange | TransportFailure> {
    const outcome: Exchange | TransportFailure = this.stopped
      ? { request, code: 'INTERRUPTED', message: 'the run was interrupted; not sent', durationMs: 0, notSent: true }
      : await this.client.send(request);
    const exhausted = this.rateLimits.exhausted;
    if (exhausted !== undefined) throw rateLimitedError(request, exhausted, this.client.stats.retried429 + (this.burst?.stats.retried429 ?? 0), this.runtime);
    if (isTransportFailure(outcome) && outcome.notSent) this.notSent += 1;
    return outcome;
  }

  /** A client for checks that need many requests in flight at once (concurrency), made on first use. */
  burstClient(size: number): HttpClient {
    this.burst ??= createHttpClient({
      timeoutMs: this.runtime.timeoutMs,
      concurrency: size,
      retry429: RETRY_429,
      rateLimitGuard: this.rateLimits,
      deadlineAt: this.runtime.startedAt + this.runtime.deadlineMs,
    });
    return this.burst;
  }

  /** The run's traffic counts so far. */
  traffic(): { retried429: number; rateLimited: number; notSent: number } {
    return { retried429: this.client.stats.retried429, rateLimited: this.rateLimited, notSent: this.notSent };
  }

  /** SIDs created in this run for a resource (for `sid_consistency`: no SID twice). */
  createdSids(resource: Resource): Set<string> {
    const key = resourceKey(resource);
    let set = this.sids.get(key);
    if (!set) this.sids.set(key, (set = new Set()));
    return set;
  }

  /** Remembers a resource this run created, to delete it at the end. */
  track(resource: Resource, sid: string): void {
    this.createdSids(resource).add(sid);
    this.tracked.push({ resource, sid });
    postLedger('created', { specId: resource.specId, listPath: resource.listPath, sid });
  }

  /** Takes over a resource another thread of this run created (the ledger, after an interrupt). */
  adopt(resource: Resource, sid: string): void {
    this.tracked.push({ resource, sid });
  }

  /** Forgets a resource the run itself deleted. */
  untrack(resource: Resource, sid: string): void {
    const at = this.tracked.findIndex((t) => t.sid === sid && t.resource === resource);
    if (at >= 0) this.tracked.splice(at, 1);
    postLedger('deleted', { specId: resource.specId, listPath: resource.listPath, sid });
  }

  /**
   * Records the SID of a successful create, whatever scenario sent it, so the run can delete it. The
   * body is read as JSON even when its Content-Type says otherwise: cleaning up must not depend on
   * the target labelling its answers right.
   */
  noteCreate(resource: Resource, operation: Operation, outcome: Exchange | TransportFailure): void {
    if (operation.kind !== 'create' || isTransportFailure(outcome) || outcome.response.status >= 300) return;
    const sid = createdSid(outcome);
    if (sid !== undefined) this.track(resource, sid);
  }

  /** Creates one resource with a small valid request; its SID, or undefined when the target refused. */
  async createOne(resource: Resource): Promise<string | undefined> {
    const create = resource.operations.create;
    if (!create || this.runtime.readOnly) return undefined;
    let arbitrary = this.setupCases.get(create);
    if (!arbitrary) {
      arbitrary = validCase(create, this.fixtures(create.specId), { unique: this.uniqueFor(resource), omit: optionalNames(create) });
      this.setupCases.set(create, arbitrary);
    }
    const [requestCase] = fc.sample(arbitrary, { seed: this.seedFor(create, 'setup'), numRuns: 1 });
    const outcome = await this.send(this.request(requestCase!));
    this.noteCreate(resource, create, outcome);
    if (isTransportFailure(outcome) || outcome.response.status >= 300) return undefined;
    return createdSid(outcome);
  }

  /**
   * One resource per run that fetch and update cases address: created once, on first use; under
   * --read-only, the first one the list shows (none: the cases that need one are skipped).
   */
  poolResource(resource: Resource): Promise<string | undefined> {
    const key = resourceKey(resource);
    let sid = this.pools.get(key);
    if (!sid) this.pools.set(key, (sid = this.runtime.readOnly ? this.firstListed(resource) : this.createOne(resource)));
    return sid;
  }

  private async firstListed(resource: Resource): Promise<string | undefined> {
    const sid = ((await this.listAll(resource))?.[0] as { sid?: unknown } | undefined)?.sid;
    return typeof sid === 'string' ? sid : undefined;
  }

  /** The path values of the resource's parents: the fixtures, or the aliases given in `overrides`. */
  parentPath(resource: Resource, overrides: Record<string, string> = {}): Record<string, string> {
    const fixtures = this.fixtures(resource.specId);
    return Object.fromEntries(resource.parentParams.map((name) => [name, overrides[name] ?? fixtures[name] ?? '']));
  }

  /** Every item of the resource's list, page by page; undefined when the list cannot be read. */
  async listAll(resource: Resource): Promise<unknown[] | undefined> {
    const list = resource.operations.list;
    if (!list || !resource.listKey) return undefined;
    const path = this.parentPath(resource);
    let request: HttpRequest | undefined = this.request({ operation: list, path, query: [['PageSize', '50']], headers: {} });
    const items: unknown[] = [];
    for (let page = 0; request && page < 1000; page += 1) {
      const outcome = await this.send(request);
      if (isTransportFailure(outcome) && !outcome.notSent) this.unansweredList = outcome;
      if (isTransportFailure(outcome) || outcome.response.status !== 200) return undefined;
      const body = outcome.response.json as Record<string, any>;
      const pageItems = body?.[resource.listKey];
      if (!Array.isArray(pageItems)) return undefined;
      items.push(...pageItems);
      const next = body.meta?.next_page_url;
      request = typeof next === 'string' ? { ...request, url: this.sameOrigin(next, request.url) } : undefined;
    }
    return items;
  }

  /** A next-page URL keeps our target's origin (a target may answer with Twilio's public host). */
  private sameOrigin(next: string, current: string): string {
    const target = new URL(current);
    const url = new URL(next, current);
    return `${target.origin}${url.pathname}${url.search}`;
  }

  /**
   * Deletes what this run created and still exists, newest first, with `--concurrency` in flight
   * and within `--rate` (the run's own client, so the bound holds for cleanup and scenarios
   * together), exempt from the deadline and from a stop. Returns the SIDs that could not be deleted.
   */
  async cleanup(only?: Resource): Promise<string[]> {
    const left: string[] = [];
    if (only) this.pools.delete(resourceKey(only));
    const mine = this.tracked.filter((t) => !only || t.resource === only);
    for (const entry of mine) this.tracked.splice(this.tracked.indexOf(entry), 1);
    const deletable = mine.reverse().filter(({ resource }) => resource.operations.delete && resource.idParam);
    await mapInOrder(
      deletable,
      this.runtime.concurrency,
      ({ resource, sid }) => {
        const path = { ...this.parentPath(resource), [resource.idParam!]: sid };
        return this.client.send(this.request({ operation: resource.operations.delete!, path, query: [], headers: {} }), { pastDeadline: true });
      },
      (outcome, i) => {
        const { resource, sid } = deletable[i]!;
        const gone = !isTransportFailure(outcome) && (outcome.response.status < 300 || outcome.response.status === 404);
        if (gone) postLedger('deleted', { specId: resource.specId, listPath: resource.listPath, sid });
        else left.push(sid);
      },
    );
    return left;
  }

  async close(): Promise<void> {
    await this.client.close();
    await this.burst?.close();
    this.stopListener.close();
    closeLedgerOutbox();
  }
}
