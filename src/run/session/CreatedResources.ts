import { jsonIgnoringLabel } from '../../http/jsonIgnoringLabel.js';
import { isExchange } from '../../http/isExchange.js';
import type { Exchange, TransportFailure } from '../../http/types.js';
import type { Operation, Resource } from '../../spec/types.js';
import { postLedger } from '../ledger.js';
import { mapInOrder } from '../mapInOrder.js';
import type { RunSession } from './RunSession.js';

interface Tracked {
  resource: Resource;
  sid: string;
  /** The parents it was created under (fixtures, or parents made on the fly): its delete goes there. */
  parents: Record<string, string>;
}

export const resourceKey = (resource: Resource): string => `${resource.specId} ${resource.listPath}`;

export function createdSid({ response }: Exchange): string | undefined {
  const sid = (jsonIgnoringLabel(response) as { sid?: unknown } | null | undefined)?.sid;
  return typeof sid === 'string' ? sid : undefined;
}

/** What one run created: the SIDs it saw, the ones still to delete (and the ledger of them), the cleanup. */
export class CreatedResources {
  private readonly tracked: Tracked[] = [];
  private readonly sids = new Map<string, Set<string>>();

  constructor(private readonly session: RunSession) {}

  /** SIDs created in this run for a resource (for `sid_consistency`: no SID twice). */
  sidsOf(resource: Resource): Set<string> {
    const key = resourceKey(resource);
    let set = this.sids.get(key);
    if (!set) this.sids.set(key, (set = new Set()));
    return set;
  }

  /** Remembers a resource this run created, to delete it at the end. */
  track(resource: Resource, sid: string): void {
    const parents = this.session.parentPath(resource);
    this.sidsOf(resource).add(sid);
    this.tracked.push({ resource, sid, parents });
    postLedger('created', { specId: resource.specId, listPath: resource.listPath, sid, parents });
  }

  /** Takes over a resource another thread of this run created (the ledger, after an interrupt). */
  adopt(resource: Resource, sid: string, parents: Record<string, string>): void {
    this.tracked.push({ resource, sid, parents });
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
    if (operation.kind !== 'create' || !isExchange(outcome) || outcome.response.status >= 300) return;
    const sid = createdSid(outcome);
    if (sid !== undefined) this.track(resource, sid);
  }

  /**
   * Deletes what this run created and still exists, newest first, with `--concurrency` in flight
   * and within `--rate` (the run's own client, so the bound holds for cleanup and scenarios
   * together), exempt from the deadline and from a stop. Returns the SIDs that could not be deleted.
   */
  async cleanup(only?: Resource): Promise<string[]> {
    const left: string[] = [];
    const mine = this.tracked.filter((t) => !only || t.resource === only);
    for (const entry of mine) this.tracked.splice(this.tracked.indexOf(entry), 1);
    const deletable = mine.reverse().filter(({ resource }) => resource.operations.delete && resource.idParam);
    const { session } = this;
    await mapInOrder(
      deletable,
      session.runtime.concurrency,
      ({ resource, sid, parents }) => {
        const path = { ...parents, [resource.idParam!]: sid };
        return session.transport.sendPastDeadline(session.request({ operation: resource.operations.delete!, path, query: [], headers: {} }));
      },
      (outcome, i) => {
        const { resource, sid } = deletable[i]!;
        const gone = isExchange(outcome) && (outcome.response.status < 300 || outcome.response.status === 404);
        if (gone) postLedger('deleted', { specId: resource.specId, listPath: resource.listPath, sid });
        else left.push(sid);
      },
    );
    return left;
  }
}
