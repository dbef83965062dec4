import { startEmulator, type Emulator } from '../../../src/emulator/index.js';
import type { FailureReport, RunReport } from '../../../src/run/report.js';
import { runCliProcess, type CliExit } from './cliProcess.js';
import { credentialsEnv, expectNoSecrets, type Account } from './secrets.js';
import { Workspace } from './workspace.js';

/** A correct emulator that hostile servers forward to, with a config naming its Chat fixtures. */
export interface Upstream {
  emulator: Emulator;
  account: Account;
  workspace: Workspace;
  /** `--config` file: `{ "fixtures": { "chat_v2": … } }`. */
  config: string;
  close(): Promise<void>;
}

export async function startUpstream(tag: string): Promise<Upstream> {
  const emulator = await startEmulator({ seed: 4242 });
  const workspace = await Workspace.create(tag);
  const config = await workspace.write('config.json', { fixtures: { chat_v2: emulator.fixtures.chat_v2 } });
  return {
    emulator,
    account: { accountSid: emulator.accountSid, authToken: emulator.authToken },
    workspace,
    config,
    close: async () => {
      await emulator.close();
      await workspace.dispose();
    },
  };
}

export interface HostileOutcome extends CliExit {
  /** The JSON report, when one was written. */
  report: RunReport | undefined;
  junit: string;
}

/**
 * `apiconform run` against `baseUrl`: Chat only, CreateMember only, 2 runs, seed 1, both reports.
 * `extra` flags come last. Asserts, for every outcome, that the token is in no artefact. A run still
 * going after `killAfterMs` (generous: a loaded machine is slow) is killed, and fails its assertions.
 */
export async function runAgainst(
  upstream: Upstream,
  baseUrl: string,
  name: string,
  extra: string[] = [],
  { killAfterMs = 240_000 }: { killAfterMs?: number } = {},
): Promise<HostileOutcome> {
  const { workspace } = upstream;
  const exit = await runCliProcess(
    [
      'run', '--base-url', baseUrl, '--config', upstream.config,
      '--spec', 'specs/chat_v2.yaml', '--operations', 'CreateMember', '--runs', '2', '--seed', '1',
      ...workspace.reportArgs(name), ...extra,
    ],
    { env: credentialsEnv(upstream.account), killAfterMs },
  );
  const json = await workspace.text(`${name}.json`);
  const junit = await workspace.text(`${name}.xml`);
  expectNoSecrets(upstream.account, { stdout: exit.stdout, stderr: exit.stderr, 'JSON report': json, 'JUnit report': junit });
  return { ...exit, report: json === '' ? undefined : (JSON.parse(json) as RunReport), junit };
}

/** The failures of one check in a report (the report must exist). */
export function failuresOf(outcome: HostileOutcome, check: FailureReport['check']): FailureReport[] {
  if (!outcome.report) throw new Error(`no JSON report (exit ${outcome.code}; stderr: ${outcome.stderr.trim()})`);
  return outcome.report.failures.filter((failure) => failure.check === check);
}

/** The messages of those failures: what the assertions read. */
export const messagesOf = (outcome: HostileOutcome, check: FailureReport['check']): string[] =>
  failuresOf(outcome, check).map((failure) => failure.message);

/**
 * From the target's first request (the reachability probe) to the CLI's exit: the run's own time,
 * without the CLI's start-up, which a loaded machine stretches and which no --timeout governs.
 */
export const msFromProbe = (outcome: HostileOutcome, server: { seen: readonly { at: number }[] }): number => {
  if (server.seen.length === 0) throw new Error('the target never got a request');
  return Math.round(outcome.endedAt - server.seen[0]!.at);
};

/** For a failing expectation: what the run said. */
export const describeOutcome = (outcome: HostileOutcome): string =>
  `exit ${outcome.code} (signal ${outcome.signal}) in ${outcome.ms} ms\nstderr: ${outcome.stderr.trim()}\n` +
  `failures: ${JSON.stringify(outcome.report?.failures.map((f) => `${f.check}: ${f.message}`) ?? null, null, 1)}`;
