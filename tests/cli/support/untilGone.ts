import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a TCP connection to the port is refused now (nothing listens any more). */
export function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Whether the process has ended: gone, or a zombie that its new parent (maybe PID 1) has not reaped. */
export function ended(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Polls `done` until it holds or `limitMs` (generous: only a bound against hanging) has passed. */
export async function until(done: () => boolean | Promise<boolean>, limitMs = 30_000): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < limitMs; await sleep(100)) {
    if (await done()) return true;
  }
  return done();
}
