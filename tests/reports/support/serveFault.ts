import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BIN, ROOT, runCli, type CliResult } from '../../helpers/runCli.js';

export interface ServedFault {
  info: { baseUrl: string; accountSid: string; authToken: string; fixtures: object };
  /** A config file naming the target and its fixtures (credentials go in the environment). */
  config: string;
  env: NodeJS.ProcessEnv;
  /** A fresh folder for this target's reports. */
  dir: string;
  /** `apiconform <args>` against this target, with its credentials in the environment. */
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  close(): void;
}

/** `apiconform serve [--fault NAME]` as a user starts it, with a config file for it. */
export async function serveFault(fault?: string): Promise<ServedFault> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...(fault ? ['--fault', fault] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  const info = JSON.parse(first.value as string) as ServedFault['info'];
  const dir = await mkdtemp(path.join(os.tmpdir(), `apiconform-${fault ?? 'clean'}-`));
  const config = path.join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ baseUrl: info.baseUrl, fixtures: info.fixtures }));
  const env = { TWILIO_ACCOUNT_SID: info.accountSid, TWILIO_AUTH_TOKEN: info.authToken };
  return {
    info,
    config,
    env,
    dir,
    cli: (args, extra = {}) => runCli(args, { env: { ...env, ...extra }, timeoutMs: 120_000 }),
    close: () => void child.kill('SIGTERM'),
  };
}

export const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;
