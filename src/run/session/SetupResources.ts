import fc from 'fast-check';
import { validCase } from '../../generate/validCase.js';
import type { RequestCase } from '../../generate/types.js';
import { isExchange } from '../../http/isExchange.js';
import type { Exchange, HttpRequest, TransportFailure } from '../../http/types.js';
import type { Operation, Resource } from '../../spec/types.js';
import { pageSizeFor } from '../../spec/pageSizeFor.js';
import { idValueOf } from '../parents/producerOf.js';
import { createdSid, resourceKey } from './CreatedResources.js';
import { nextPageOf } from '../../checks/support/nextPageOf.js';
import { pageUrl } from '../../http/pageUrl.js';
import { refusal } from './refusal.js';
import type { RunSession } from './RunSession.js';

/** Every parameter and body property name: as `omit`, it leaves a case with only what is required. */
const optionalNames = (operation: Operation): string[] => [
  ...Object.values(operation.parameters).flat().map((param) => param.name),
  ...Object.keys(((operation.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {})),
];

/** Full valid creates tried, one after another, when the target refuses the small one as invalid. */
const FULLER_TRIES = 3;

const refusedAsInvalid = (outcome: Exchange | TransportFailure): boolean => isExchange(outcome) && outcome.response.status === 400;

/** The resources a run's cases need before they can be sent: made on demand, or read from the list. */
export class SetupResources {
  private readonly pools = new Map<string, Promise<string | undefined>>();
  private readonly setupCases = new Map<Operation, fc.Arbitrary<RequestCase>>();
  private readonly refusals = new Map<string, string>();

  constructor(private readonly session: RunSession) {}

  /** Sends one create (or another operation that makes the resource) with a small valid request: only what its schema requires. */
  sendMinimalCreate(resource: Resource, create: Operation = resource.operations.create!): Promise<Exchange | TransportFailure> {
    const { session } = this;
    let arbitrary = this.setupCases.get(create);
    if (!arbitrary) {
      arbitrary = validCase(create, session.fixtures(resource), { unique: session.uniqueFor(resource), omit: optionalNames(create) });
      this.setupCases.set(create, arbitrary);
    }
    const [requestCase] = fc.sample(arbitrary, { seed: session.seedFor(create, 'setup'), numRuns: 1 });
    return session.transport.send(session.request(requestCase!));
  }

  /**
   * Sends creates until one is taken: the small valid request first, then, where the target refuses it
   * as invalid (a rule its description states only in prose, such as a Conversations participant
   * needing an identity or an address), up to three full valid ones. The last answer.
   */
  async sendCreate(resource: Resource, create: Operation = resource.operations.create!): Promise<Exchange | TransportFailure> {
    let outcome = await this.sendMinimalCreate(resource, create);
    if (!refusedAsInvalid(outcome)) return outcome;
    const { session } = this;
    const fuller = validCase(create, session.fixtures(resource), { unique: session.uniqueFor(resource) });
    for (const requestCase of fc.sample(fuller, { seed: session.seedFor(create, 'setup, full'), numRuns: FULLER_TRIES })) {
      outcome = await session.transport.send(session.request(requestCase));
      if (!refusedAsInvalid(outcome)) break;
    }
    return outcome;
  }

  /** Why the resource the cases address could not be had, once a create of it was refused. */
  refusalFor(resource: Resource): string | undefined {
    return this.refusals.get(resourceKey(resource));
  }

  /**
   * Makes a resource its path names without an id (accounts_v1's secondary auth token: a POST that
   * the path's shape reads as an update) again, before a delete of it; nothing under --read-only.
   */
  async remakeSingleton(resource: Resource): Promise<void> {
    const maker = resource.operations.create ?? resource.operations.update;
    if (maker && !this.session.runtime.readOnly) await this.sendMinimalCreate(resource, maker);
  }

  /** Creates one resource with a small valid request; its SID, or undefined when the target refused. */
  async createOne(resource: Resource): Promise<string | undefined> {
    const create = resource.operations.create;
    if (!create || this.session.runtime.readOnly) return undefined;
    const outcome = await this.sendCreate(resource);
    this.session.created.noteCreate(resource, create, outcome);
    const sid = isExchange(outcome) && outcome.response.status < 300 ? createdSid(outcome) : undefined;
    if (sid === undefined) this.refusals.set(resourceKey(resource), `no ${resource.name} to address: ${create.operationId} ${refusal(outcome)}`);
    return sid;
  }

  /**
   * One resource per run that fetch and update cases address: created once, on first use; under
   * --read-only, or where no create makes one (a Chat user's channels), the first one the list shows
   * (none: the cases that need one are skipped).
   */
  poolResource(resource: Resource): Promise<string | undefined> {
    const key = resourceKey(resource);
    let sid = this.pools.get(key);
    const find = this.session.runtime.readOnly || !resource.operations.create;
    if (!sid) this.pools.set(key, (sid = find ? this.firstListed(resource) : this.createOne(resource)));
    return sid;
  }

  /** Forgets the pooled resource (it is about to be cleaned up). */
  forget(resource: Resource): void {
    this.pools.delete(resourceKey(resource));
  }

  private async firstListed(resource: Resource): Promise<string | undefined> {
    return idValueOf(resource, (await this.listAll(resource))?.[0]);
  }

  /** Every item of the resource's list, page by page; undefined when the list cannot be read. */
  async listAll(resource: Resource): Promise<unknown[] | undefined> {
    const list = resource.operations.list;
    if (!list || !resource.listKey) return undefined;
    const { session } = this;
    let request: HttpRequest | undefined = session.request({ operation: list, path: session.parentPath(resource), query: [['PageSize', String(pageSizeFor(list, 50))]], headers: {} });
    const items: unknown[] = [];
    for (let page = 0; request && page < 1000; page += 1) {
      const outcome = await session.transport.send(request);
      if (!isExchange(outcome)) session.transport.noteUnansweredList(outcome);
      if (!isExchange(outcome) || outcome.response.status !== 200) return undefined;
      const body = outcome.response.json as Record<string, any>;
      const pageItems = body?.[resource.listKey];
      if (!Array.isArray(pageItems)) return undefined;
      items.push(...pageItems);
      const next = nextPageOf(body);
      request = next === undefined ? undefined : { ...request, url: pageUrl(next, session.baseUrl(resource.specId)) };
    }
    return items;
  }
}
