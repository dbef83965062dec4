import { CHECK_IDS, isCheckId, type CheckId } from '../checkIds.js';
import { HarnessError } from '../errors.js';
import type { SuiteOptions } from '../run/runtime.js';
import type { Credentials, Fixtures } from '../target.js';
import type { ParsedArgs } from './command.js';
import { intOption } from './command.js';
import type { ConfigFile } from './readConfigFile.js';

/** Everything `apiconform run` was told, from flags, then the config file, then the environment. */
export interface RunSettings {
  specPaths?: string[];
  /** Absent: start the embedded emulator. */
  baseUrl?: string | Record<string, string>;
  auth?: Credentials;
  fixtures?: Fixtures;
  options: Partial<SuiteOptions>;
  reportJson?: string;
  reportJunit?: string;
  /** `--changed-since OLD`: a spec file or directory of an older release. */
  changedSince?: string;
  reportHtml?: string;
  reportMarkdown?: string;
  /** A JSON report of an earlier run: its failures are known and do not fail this one. */
  baseline?: string;
  /** `--min-coverage P`: the run fails when it exercised less than P% of the selected operations. */
  minCoverage?: number;
  quiet: boolean;
}

const list = (raw: unknown): string[] =>
  [raw]
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export function checkUrl(url: string, where: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HarnessError('USAGE', `${where}: ${JSON.stringify(url)} is not a URL; expected http(s)://host[:port][/path]`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new HarnessError('USAGE', `${where}: ${JSON.stringify(url)} is not an http(s) URL`);
  }
  return url.replace(/\/+$/u, '');
}

/** `--base-url URL` for every spec, or `--base-url chat_v2=URL` (repeatable) per spec. */
function baseUrls(raw: unknown): string | Record<string, string> | undefined {
  const values = [raw].flat().filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return undefined;
  const perSpec: Record<string, string> = {};
  let shared: string | undefined;
  for (const value of values) {
    const match = /^([A-Za-z0-9_.-]+)=(.*)$/u.exec(value);
    if (match && !/^https?:/iu.test(value)) perSpec[match[1]!] = checkUrl(match[2]!, `--base-url ${match[1]}`);
    else shared = checkUrl(value, '--base-url');
  }
  if (shared !== undefined && Object.keys(perSpec).length > 0) {
    throw new HarnessError('USAGE', '--base-url: give one URL for every spec, or specId=URL pairs, not both');
  }
  return shared ?? perSpec;
}

function checkIds(flag: string, names: string[]): CheckId[] {
  const unknown = names.filter((name) => !isCheckId(name));
  if (unknown.length > 0) {
    throw new HarnessError('USAGE', `${flag}: unknown check ${unknown.map((u) => JSON.stringify(u)).join(', ')}; known: ${CHECK_IDS.join(', ')}`);
  }
  return names as CheckId[];
}

function shard(raw: unknown): SuiteOptions['shard'] {
  if (raw === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/u.exec(String(raw));
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new HarnessError('USAGE', `--shard must be i/n with 1 ≤ i ≤ n, got ${JSON.stringify(raw)}`);
  }
  return { index, count };
}

function minCoverage(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new HarnessError('USAGE', `--min-coverage must be a percentage from 0 to 100, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function rate(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(value > 0)) throw new HarnessError('USAGE', `--rate must be a number of requests per second > 0, got ${JSON.stringify(raw)}`);
  return value;
}

/** Flags win over the config file; credentials fall back to TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN. */
export function runSettings({ values }: ParsedArgs, config: ConfigFile, env: NodeJS.ProcessEnv): RunSettings {
  const specs = list(values.spec);
  const baseUrl = baseUrls(values['base-url']) ?? (config.baseUrl === undefined ? undefined : configBaseUrl(config.baseUrl));
  const accountSid = (values['account-sid'] as string | undefined) ?? config.auth?.accountSid ?? env.TWILIO_ACCOUNT_SID;
  const authToken = (values['auth-token'] as string | undefined) ?? config.auth?.authToken ?? env.TWILIO_AUTH_TOKEN;
  if (baseUrl !== undefined && (!accountSid || !authToken)) {
    throw new HarnessError(
      'CONFIG',
      'a target needs credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or auth in the config file, or --account-sid/--auth-token)',
    );
  }
  if (accountSid !== undefined && baseUrl !== undefined && !/^AC[0-9a-fA-F]{32}$/u.test(accountSid)) {
    throw new HarnessError('CONFIG', `the account SID must be AC followed by 32 hex digits, got ${JSON.stringify(accountSid)}`);
  }
  const checks = list(values.checks);
  const skip = [...list(values['skip-checks']), ...(config.skipChecks ?? [])];
  const selected = checkIds('--checks', checks.length > 0 ? checks : config.checks ?? [...CHECK_IDS]);
  const skipped = checkIds('--skip-checks', skip);
  const operations = list(values.operations);
  const resources = list(values.resources);
  const options: Partial<SuiteOptions> = {
    checks: selected.filter((id) => !skipped.includes(id)),
    ...optional('runs', intOption('runs', values.runs, 1, 100_000) ?? config.runs),
    ...optional('seed', intOption('seed', values.seed, 0, 2 ** 31 - 1) ?? config.seed),
    ...optional('operations', operations.length > 0 ? operations : config.operations),
    ...optional('resources', resources.length > 0 ? resources : undefined),
    ...optional('timeoutMs', intOption('timeout', values.timeout, 1, 3_600_000) ?? config.timeoutMs),
    ...optional('deadlineMs', intOption('deadline', values.deadline, 1, 86_400_000) ?? config.deadlineMs),
    ...optional('concurrency', intOption('concurrency', values.concurrency, 1, 256) ?? config.concurrency),
    ...optional('rate', rate(values.rate) ?? config.rate),
    ...optional('shard', shard(values.shard)),
    readOnly: values['read-only'] === true || config.readOnly === true,
  };
  return {
    ...optional('specPaths', specs.length > 0 ? specs : config.specs),
    ...optional('baseUrl', baseUrl),
    ...(baseUrl !== undefined ? { auth: { accountSid: accountSid!, authToken: authToken! } } : {}),
    ...optional('fixtures', config.fixtures),
    options,
    ...optional('reportJson', values['report-json'] as string | undefined),
    ...optional('reportJunit', values['report-junit'] as string | undefined),
    ...optional('changedSince', values['changed-since'] as string | undefined),
    ...optional('reportHtml', values['report-html'] as string | undefined),
    ...optional('reportMarkdown', values['report-markdown'] as string | undefined),
    ...optional('baseline', values.baseline as string | undefined),
    ...optional('minCoverage', minCoverage(values['min-coverage'])),
    quiet: values.quiet === true,
  };
}

function configBaseUrl(value: string | Record<string, string>): string | Record<string, string> {
  if (typeof value === 'string') return checkUrl(value, 'config baseUrl');
  return Object.fromEntries(Object.entries(value).map(([spec, url]) => [spec, checkUrl(url, `config baseUrl.${spec}`)]));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
