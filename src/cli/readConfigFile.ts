import { readFile } from 'node:fs/promises';
import { HarnessError } from '../errors.js';

/** The fields a config file may set (the same as the flags). */
export interface ConfigFile {
  specs?: string[];
  baseUrl?: string | Record<string, string>;
  auth?: { accountSid?: string; authToken?: string };
  fixtures?: Record<string, Record<string, string>>;
  runs?: number;
  seed?: number;
  checks?: string[];
  skipChecks?: string[];
  operations?: string[];
  timeoutMs?: number;
  deadlineMs?: number;
  concurrency?: number;
  rate?: number;
  readOnly?: boolean;
}

type Rule = (value: unknown) => string | undefined;
const stringList: Rule = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? undefined : 'an array of strings');
const wholeNumber = (min: number): Rule => (v) => (Number.isInteger(v) && (v as number) >= min ? undefined : `a whole number ≥ ${min}`);
const stringMap = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

const RULES: Record<keyof ConfigFile, Rule> = {
  specs: stringList,
  baseUrl: (v) => (typeof v === 'string' || stringMap(v) ? undefined : 'a URL string, or an object of URLs by spec id'),
  auth: (v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && stringMap(v) && Object.keys(v).every((k) => k === 'accountSid' || k === 'authToken')
      ? undefined
      : 'an object { "accountSid": string, "authToken": string }',
  fixtures: (v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(stringMap)
      ? undefined
      : 'an object of { path parameter: value } objects by spec id',
  runs: wholeNumber(1),
  seed: wholeNumber(0),
  checks: stringList,
  skipChecks: stringList,
  operations: stringList,
  timeoutMs: wholeNumber(1),
  deadlineMs: wholeNumber(1),
  concurrency: wholeNumber(1),
  rate: (v) => (typeof v === 'number' && v > 0 ? undefined : 'a number of requests per second > 0'),
  readOnly: (v) => (typeof v === 'boolean' ? undefined : 'true or false'),
};

/** Reads and checks a JSON config file; any problem is one CONFIG error naming the file and field. */
export async function readConfigFile(file: string): Promise<ConfigFile> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'config file not found' : `cannot read the config file: ${error.message}`;
    throw new HarnessError('CONFIG', `${file}: ${reason}`, { file });
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new HarnessError('CONFIG', `${file}: not JSON: ${(error as Error).message}`, { file });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HarnessError('CONFIG', `${file}: must be a JSON object`, { file });
  }
  for (const [field, value] of Object.entries(parsed)) {
    const rule = RULES[field as keyof ConfigFile];
    if (!rule) {
      throw new HarnessError('CONFIG', `${file}: /${field}: unknown field; known: ${Object.keys(RULES).join(', ')}`, { file, pointer: `/${field}` });
    }
    const expected = rule(value);
    if (expected) throw new HarnessError('CONFIG', `${file}: /${field} must be ${expected}`, { file, pointer: `/${field}` });
  }
  return parsed as ConfigFile;
}
