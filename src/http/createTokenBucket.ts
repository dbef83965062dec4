import { setTimeout as sleep } from 'node:timers/promises';

export interface TokenBucket {
  /** Resolves when a request may start; callers are served in order. */
  take(): Promise<void>;
}

/** `rate` tokens a second, at most `burst` saved up. */
export function createTokenBucket(rate: number, burst = 1): TokenBucket {
  let tokens = burst;
  let last = performance.now();
  let queue: Promise<void> = Promise.resolve();
  const refill = (): void => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * rate);
    last = now;
  };
  return {
    take() {
      const turn = queue.then(async () => {
        refill();
        if (tokens < 1) {
          await sleep(Math.ceil(((1 - tokens) / rate) * 1000));
          refill();
        }
        tokens -= 1;
      });
      queue = turn;
      return turn;
    },
  };
}
