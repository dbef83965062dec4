import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HarnessError } from '../errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command writes to: real streams in the bin, captured ones in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  /** One line per option, shown by --help. */
  help: string;
  run(parsed: ParsedArgs, io: Io): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * `--runs -5` as `--runs=-5`: node:util refuses a value that starts with a dash as "ambiguous", where
 * the user should hear what a value must be (the flag's own range check says it).
 */
function attachNegativeNumbers(options: OptionSpec, argv: readonly string[]): string[] {
  const takesValue = (arg: string | undefined): boolean =>
    arg !== undefined && /^--[^=]+$/u.test(arg) && options[arg.slice(2)]?.type === 'string';
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const [arg, next] = [argv[i]!, argv[i + 1]];
    if (takesValue(arg) && next !== undefined && /^-[\d.]/u.test(next)) {
      args.push(`${arg}=${next}`);
      i += 1;
    } else args.push(arg);
  }
  return args;
}

/** node:util's strict parser; an unknown or malformed flag is a usage error (exit 2). */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: attachNegativeNumbers(command.options, argv),
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const reason = (error as Error).message
      .split('\n')[0]!
      .replace(/\. To specify a positional.*$/u, '')
      .replace(/^Option '(--[\w-]+)(?: <value>)?' argument (?:is ambiguous|missing)\.?$/u, '$1 needs a value');
    throw new HarnessError('USAGE', `${reason} (see apiconform ${command.name} --help)`);
  }
}

export const helpText = (command: Command): string =>
  `Usage: ${command.usage}\n\n${command.summary}\n\nOptions:\n${command.help}\n  -h, --help               show this help\n`;

/** A flag that must be a whole number in a range; anything else is a usage error that names it. */
export function intOption(name: string, raw: unknown, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !/^-?\d+$/u.test(raw) || value < min || value > max) {
    throw new HarnessError('USAGE', `--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
