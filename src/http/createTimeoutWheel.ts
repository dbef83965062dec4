import type { EventEmitter } from 'node:events';

/**
 * An abort signal for one request, as undici takes it (an EventEmitter-like object with `on`/`once`
 * and `removeListener`; undici attaches one listener). Lighter than an AbortController: a loopback
 * exchange is short enough that creating, listening to and dropping an AbortSignal shows in a profile.
 */
export class DeadlineSignal {
  aborted = false;
  reason: unknown = undefined;
  private listener: (() => void) | undefined;

  on(_event: 'abort', listener: () => void): this {
    this.listener = listener;
    return this;
  }

  once(event: 'abort', listener: () => void): this {
    return this.on(event, listener);
  }

  removeListener(): this {
    this.listener = undefined;
    return this;
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listener = this.listener;
    this.listener = undefined;
    listener?.();
  }

  /** The type undici's `signal` option declares (it accepts any emitter of 'abort'). */
  forUndici(): EventEmitter {
    return this as unknown as EventEmitter;
  }
}

/**
 * Deadlines for many requests with one timer: each request gets a {@link DeadlineSignal}, and one
 * sweep every `granularityMs` aborts those whose time is up (a timer per request costs more than the
 * rest of a loopback exchange). A signal fires between its time and `granularityMs` after it.
 */
export interface TimeoutWheel {
  signal(ms: number): { signal: DeadlineSignal; done(): void };
  close(): void;
}

export function createTimeoutWheel(granularityMs = 25): TimeoutWheel {
  const pending = new Map<DeadlineSignal, number>();
  let timer: NodeJS.Timeout | undefined;
  const sweep = () => {
    const now = Date.now();
    for (const [signal, at] of pending) {
      if (at <= now) {
        pending.delete(signal);
        signal.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      }
    }
    if (pending.size === 0 && timer) (clearInterval(timer), (timer = undefined));
  };
  return {
    signal(ms) {
      const signal = new DeadlineSignal();
      pending.set(signal, Date.now() + ms);
      timer ??= setInterval(sweep, granularityMs).unref();
      return { signal, done: () => pending.delete(signal) };
    },
    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
