import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, ROOT } from '../../helpers/runCli.js';

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, measured here. */
  ms: number;
  /** performance.now() of this process at spawn and at exit (to compare with a server's clock). */
  startedAt: number;
  endedAt: number;
  /** The child's peak resident set (VmHWM), sampled every 50 ms; undefined where /proc is absent. */
  peakRssMb: number | undefined;
}

export interface CliProcess {
  child: ChildProcess;
  /** performance.now() at spawn. */
  startedAt: number;
  exited: Promise<CliExit>;
}

/** The peak resident set of a live process, in MiB, from /proc (Linux); undefined once it is gone. */
function peakRssMb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The real command (bin/apiconform.js → dist/) as a child process we hold: tests can signal it and
 * sample its memory. Credentials come only from `env` (never inherited), so that a test knows them.
 * A child still alive after `killAfterMs` is killed, so that no test hangs on a hung harness.
 */
export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  killAfterMs?: number;
  /** Run as this user and group (root only): to meet file permissions as a user does. */
  uid?: number;
}

export function startCli(args: readonly string[], options: CliOptions = {}): CliProcess {
  const started = performance.now();
  const { TWILIO_ACCOUNT_SID: _sid, TWILIO_AUTH_TOKEN: _token, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...inherited, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  let stdout = '';
  let stderr = '';
  let peak: number | undefined;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const sample = setInterval(() => {
    const now = child.pid === undefined ? undefined : peakRssMb(child.pid);
    if (now !== undefined) peak = Math.max(peak ?? 0, now);
  }, 50);
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 180_000);
  const exited = new Promise<CliExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(sample);
      clearTimeout(killer);
      const endedAt = performance.now();
      resolve({ code, signal, stdout, stderr, ms: Math.round(endedAt - started), startedAt: started, endedAt, peakRssMb: peak });
    });
  });
  return { child, startedAt: started, exited };
}

/** Runs the command to its end. */
export const runCliProcess = (args: readonly string[], options: CliOptions = {}): Promise<CliExit> =>
  startCli(args, options).exited;
