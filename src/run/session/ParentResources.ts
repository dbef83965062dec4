import { isExchange } from '../../http/isExchange.js';
import { jsonIgnoringLabel } from '../../http/jsonIgnoringLabel.js';
import type { Resource } from '../../spec/types.js';
import { postLedger } from '../ledger.js';
import { noWayReason, parentWay } from '../parents/parentWay.js';
import { idValueOf, producerOf } from '../parents/producerOf.js';
import { pathValueRefusal } from '../parents/pathValueRefusal.js';
import { refusal } from './refusal.js';
import type { RunSession } from './RunSession.js';

/** A parent instance the run has: the value its children's paths take, and its own parents. */
type Instance = { value: string; parents: Record<string, string> } | { reason: string };

interface Made {
  resource: Resource;
  id: string;
  parents: Record<string, string>;
}

/**
 * The parents a run makes on the fly: for a parent path parameter without a fixture, the resource that
 * produces it (its instance path is the child's list path up to that parameter) is created with only its
 * required parameters, its own parents first, once per run, and used by every resource below it;
 * under --read-only the first one listed is used instead. Fixtures win where given. Everything made is
 * in the ledger, and deleted at the end, newest first, after what was made below it.
 */
export class ParentResources {
  private readonly values = new Map<Resource, Record<string, string>>();
  private readonly resolving = new Map<Resource, Promise<Record<string, string> | string>>();
  private readonly instances = new Map<Resource, Promise<Instance>>();
  private readonly made: Made[] = [];

  constructor(private readonly session: RunSession) {}

  /** The parent values the run found for a resource beyond its fixtures (none before {@link provide}). */
  valuesOf(resource: Resource): Record<string, string> {
    return this.values.get(resource) ?? {};
  }

  /** Has every parent of a resource; the reason when one cannot be had (the resource is then skipped). */
  async provide(resource: Resource): Promise<string | undefined> {
    const parents = await this.parentsOf(resource);
    return typeof parents === 'string' ? parents : undefined;
  }

  private parentsOf(resource: Resource): Promise<Record<string, string> | string> {
    let resolved = this.resolving.get(resource);
    if (!resolved) this.resolving.set(resource, (resolved = this.resolve(resource)));
    return resolved;
  }

  private async resolve(resource: Resource): Promise<Record<string, string> | string> {
    const { session } = this;
    const given = session.runtime.target.fixtures[resource.specId] ?? {};
    const values: Record<string, string> = {};
    for (const [at, param] of resource.parentParams.entries()) {
      if (given[param]) continue;
      const producer = producerOf(session.index.resources, resource, param);
      if (!producer) return `fixture ${resource.specId}.${param} is missing`;
      const instance = await this.instanceOf(producer);
      if ('reason' in instance) return `parent ${resource.specId}.${param} ${instance.reason}`;
      // The parents above it are the ones it was made under (a fixture given by this resource's own name aside).
      producer.parentParams.forEach((name, i) => {
        const mine = resource.parentParams[i];
        if (i < at && mine && !given[mine] && instance.parents[name]) values[mine] = instance.parents[name]!;
      });
      const refused = pathValueRefusal(resource, param, instance.value);
      if (refused) return `parent ${resource.specId}.${param} does not fit ${resource.name}'s path: ${refused}`;
      values[param] = instance.value;
    }
    this.values.set(resource, values);
    return values;
  }

  private instanceOf(producer: Resource): Promise<Instance> {
    let instance = this.instances.get(producer);
    if (!instance) this.instances.set(producer, (instance = this.find(producer)));
    return instance;
  }

  private async find(producer: Resource): Promise<Instance> {
    const { session } = this;
    const way = parentWay(producer, session.runtime.readOnly);
    if (way === 'account') return { value: session.runtime.target.auth.accountSid, parents: {} };
    if (way === undefined) return { reason: `cannot be had: ${noWayReason(producer, session.runtime.readOnly)}` };
    const parents = await this.parentsOf(producer);
    if (typeof parents === 'string') return { reason: `cannot be had: ${producer.name} needs a ${parents}` };
    const path = session.parentPath(producer);
    if (way === 'listed') {
      const items = await session.setup.listAll(producer);
      const value = idValueOf(producer, items?.[0]);
      if (value !== undefined) return { value, parents: path };
      return { reason: `not found: ${producer.operations.list!.operationId} ${items ? 'shows none' : 'could not be read'} (--read-only makes none)` };
    }
    const create = producer.operations.create!;
    const outcome = await session.setup.sendCreate(producer);
    const body = isExchange(outcome) && outcome.response.status < 300 ? jsonIgnoringLabel(outcome.response) : undefined;
    const value = idValueOf(producer, body);
    if (value === undefined) return { reason: `not made: ${create.operationId} ${refusal(outcome)}` };
    this.track(producer, value, path);
    return { value, parents: path };
  }

  private track(resource: Resource, id: string, parents: Record<string, string>): void {
    this.made.push({ resource, id, parents });
    this.session.created.sidsOf(resource).add(id);
    postLedger('created', { specId: resource.specId, listPath: resource.listPath, sid: id, parents, parent: true });
  }

  /** Takes over a parent another thread of this run made (the ledger, after an interrupt). */
  adopt(resource: Resource, id: string, parents: Record<string, string>): void {
    this.made.push({ resource, id, parents });
  }

  /**
   * Deletes the parents the run made, newest first and one at a time (a child before its parent),
   * past the deadline and a stop. Returns the ids that could not be deleted.
   */
  async cleanup(): Promise<string[]> {
    const left: string[] = [];
    const { session } = this;
    for (const { resource, id, parents } of this.made.splice(0).reverse()) {
      const request = session.request({ operation: resource.operations.delete!, path: { ...parents, [resource.idParam!]: id }, query: [], headers: {} });
      const outcome = await session.transport.sendPastDeadline(request);
      const gone = isExchange(outcome) && (outcome.response.status < 300 || outcome.response.status === 404);
      if (gone) postLedger('deleted', { specId: resource.specId, listPath: resource.listPath, sid: id });
      else left.push(id);
    }
    return left;
  }
}
