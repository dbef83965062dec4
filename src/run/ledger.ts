import { BroadcastChannel } from 'node:worker_threads';

/**
 * What a run has created and not yet deleted, told by the vitest worker to the CLI's main thread as it
 * happens. Signals reach only the main thread: when SIGINT stops a run half-way, the CLI deletes
 * what the ledger still holds. (Outside `apiconform run` nobody listens, and posting costs nothing.)
 */
const CHANNEL = 'apiconform:ledger';

export interface LedgerEntry {
  specId: string;
  listPath: string;
  sid: string;
  /** The parents' path values it was created under (absent on a `deleted` event). */
  parents?: Record<string, string>;
  /** A parent the run made for other resources: deleted after them. */
  parent?: boolean;
}

type LedgerEvent = { type: 'created' | 'deleted'; entry: LedgerEntry };

let outbox: BroadcastChannel | undefined;
let pending: LedgerEvent[] = [];

/** Sends what piled up in the last 100 ms as one message (a post per event costs more). */
function flush(): void {
  if (pending.length === 0) return;
  outbox ??= new BroadcastChannel(CHANNEL);
  outbox.postMessage(pending);
  pending = [];
}

export function postLedger(type: LedgerEvent['type'], entry: LedgerEntry): void {
  if (pending.length === 0) setTimeout(flush, 100).unref();
  pending.push({ type, entry });
}

/** Sends what is pending and closes the posting side, so a worker thread can exit. */
export function closeLedgerOutbox(): void {
  flush();
  outbox?.close();
  outbox = undefined;
}

export interface Ledger {
  entries(): LedgerEntry[];
  close(): void;
}

export function listenLedger(): Ledger {
  const channel = new BroadcastChannel(CHANNEL);
  const open = new Map<string, LedgerEntry>();
  channel.onmessage = (message) => {
    for (const { type, entry } of (message as { data: LedgerEvent[] }).data) {
      if (type === 'created') open.set(entry.sid, entry);
      else open.delete(entry.sid);
    }
  };
  (channel as unknown as { unref?: () => void }).unref?.();
  return { entries: () => [...open.values()], close: () => channel.close() };
}

/** The CLI's "stop" to the worker (Ctrl-C): send nothing more, let what is in flight land, clean up. */
const CONTROL = 'apiconform:control';

export function postStop(): void {
  const channel = new BroadcastChannel(CONTROL);
  channel.postMessage('stop');
  channel.close();
}

export function onStop(listener: () => void): { close(): void } {
  const channel = new BroadcastChannel(CONTROL);
  channel.onmessage = () => listener();
  (channel as unknown as { unref?: () => void }).unref?.();
  return { close: () => channel.close() };
}
