import { spawn } from 'node:child_process';

export interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a consumer's shell: none of this run's npm_* (an outer `npm test` sets them),
 * VITEST* (a nested vitest would think it is a worker) or credentials.
 */
export function consumerEnv(): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([key]) => !/^(npm_|VITEST|TWILIO_)/iu.test(key) && key !== 'NODE_ENV');
  return { ...Object.fromEntries(kept), NO_COLOR: '1', CI: '1' };
}

/** Runs a command to its end (killed after `timeoutMs`, a generous bound only against hangs). */
export function exec(command: string, args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<Exec> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd, env: consumerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
