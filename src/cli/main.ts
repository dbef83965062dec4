import { isHarnessError } from '../errors.js';
import { helpText, parseCommandArgs, type Command, type Io } from './command.js';
import { diffCommand } from './diffCommand.js';
import { lintCommand } from './lintCommand.js';
import { serveCommand } from './serveCommand.js';
import { runCommand } from './runCommand.js';
import { topHelp } from './topHelp.js';
import { VERSION } from './version.js';
import { mergeCommand } from './mergeCommand.js';
import { replayCommand } from './replayCommand.js';

const COMMANDS: Command[] = [runCommand, lintCommand, serveCommand, diffCommand, replayCommand, mergeCommand];

/** Runs one CLI invocation; returns the exit code. Harness errors become one line on stderr and 2. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(topHelp(COMMANDS));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`apiconform: unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      io.stdout(helpText(command));
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (isHarnessError(error)) {
      io.stderr(`apiconform ${command.name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export const processIo = (): Io => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
