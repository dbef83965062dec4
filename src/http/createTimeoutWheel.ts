/**
 * Deadlines for many requests with one timer: each request gets an AbortController, and one sweep
 * every `granularityMs` aborts those whose time is up (a timer per request costs more than the rest
 * of a loopback exchange). A signal fires between its time and `granularityMs` after it.
 */
export interface TimeoutWheel {
  signal(ms: number): { signal: AbortSignal; done(): void };
  close(): void;
}

export function createTimeoutWheel(granularityMs = 25): TimeoutWheel {
  const pending = new Map<AbortController, number>();
  let timer: NodeJS.Timeout | undefined;
  const sweep = () => {
    const now = Date.now();
    for (const [controller, at] of pending) {
      if (at <= now) {
        pending.delete(controller);
        controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      }
    }
    if (pending.size === 0 && timer) (clearInterval(timer), (timer = undefined));
  };
  return {
    signal(ms) {
      const controller = new AbortController();
      pending.set(controller, Date.now() + ms);
      timer ??= setInterval(sweep, granularityMs).unref();
      return { signal: controller.signal, done: () => pending.delete(controller) };
    },
    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
