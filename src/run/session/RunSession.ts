import { uniqueTag } from '../../generate/uniqueTag.js';
import type { RequestCase } from '../../generate/types.js';
import { buildRequest } from '../../http/buildRequest.js';
import { secretsOf } from '../../http/secretsOf.js';
import type { HttpRequest } from '../../http/types.js';
import type { Operation, Resource, SpecIndex } from '../../spec/types.js';
import { baseUrlFor, type Credentials } from '../../target.js';
import { hashString } from '../../prng.js';
import type { ConformanceRuntime } from '../runtime.js';
import { closeLedgerOutbox } from '../ledger.js';
import { CreatedResources, resourceKey } from './CreatedResources.js';
import { ParentResources } from './ParentResources.js';
import { SetupResources } from './SetupResources.js';
import { Transport } from './Transport.js';

/**
 * Everything one conformance run shares, by job: the transport, what the run created (so that it can
 * delete exactly those, and nothing else, when it ends), the parents it made or found, the setup
 * resources; and the seeds, names and requests of the run.
 */
export class RunSession {
  readonly secrets: string[];
  readonly transport: Transport;
  readonly created = new CreatedResources(this);
  readonly setup = new SetupResources(this);
  readonly parents = new ParentResources(this);
  private readonly tags = new Map<string, () => string>();

  constructor(
    readonly runtime: ConformanceRuntime,
    readonly index: SpecIndex,
  ) {
    this.transport = new Transport(runtime);
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

  /**
   * A resource's parents by path-parameter name, and aliases: its spec's fixtures, and the parents the
   * run made or found for it (per resource: two resources of a spec may name different parents alike).
   */
  fixtures(resource: Resource): Record<string, string> {
    const given = this.runtime.target.fixtures[resource.specId] ?? {};
    const found = this.parents.valuesOf(resource);
    return Object.keys(found).length === 0 ? given : { ...given, ...found };
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

  /** The path values of the resource's parents: the fixtures, or the aliases given in `overrides`. */
  parentPath(resource: Resource, overrides: Record<string, string> = {}): Record<string, string> {
    const fixtures = this.fixtures(resource);
    return Object.fromEntries(resource.parentParams.map((name) => [name, overrides[name] ?? fixtures[name] ?? '']));
  }

  /**
   * Deletes what the run created (of one resource, or all: then the parents it made last, below-first);
   * the SIDs that could not be deleted.
   */
  async cleanup(only?: Resource): Promise<string[]> {
    if (only) this.setup.forget(only);
    const left = await this.created.cleanup(only);
    return only ? left : [...left, ...(await this.parents.cleanup())];
  }

  async close(): Promise<void> {
    await this.transport.close();
    closeLedgerOutbox();
  }
}
