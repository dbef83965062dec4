import { fstatSync } from 'node:fs';

export type StopReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'parent exited' | 'stdin closed';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A pipe or socket (what a spawning program hands over), not a terminal and not /dev/null (always at its end). */
function stdinIsPipe(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/**
 * Resolves `stopped` on SIGINT, SIGTERM or SIGHUP. `watchParent` adds what a supervisor does not say by
 * signal: `npx` stops on SIGTERM without passing it on, which left the server orphaned under PID 1, so
 * the parent's going (a changed ppid) stops it too, and so does the end of a piped stdin.
 */
export function listenForStop(): { stopped: Promise<StopReason>; watchParent: (pollMs?: number) => void; dispose: () => void } {
  const cleanups: (() => void)[] = [];
  const dispose = (): void => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  let stop: (reason: StopReason) => void = () => undefined;
  const stopped = new Promise<StopReason>((resolve) => {
    stop = (reason) => {
      dispose();
      resolve(reason);
    };
  });
  for (const signal of SIGNALS) {
    const onSignal = (): void => stop(signal);
    process.on(signal, onSignal);
    cleanups.push(() => void process.off(signal, onSignal));
  }
  const watchParent = (pollMs = 500): void => {
    const parent = process.ppid;
    const timer = setInterval(() => process.ppid !== parent && stop('parent exited'), pollMs).unref();
    cleanups.push(() => clearInterval(timer));
    if (!stdinIsPipe()) return;
    const onEnd = (): void => stop('stdin closed');
    // Flowing with no 'data' listener: whatever arrives is dropped, the end is seen.
    process.stdin.on('end', onEnd).on('error', onEnd).resume();
    cleanups.push(() => void process.stdin.off('end', onEnd).off('error', onEnd).pause());
  };
  return { stopped, watchParent, dispose };
}
