import type { Command } from './command.js';

const WIDTH = 100;
const INDENT = 11;

/** The first sentence of a summary, whole: the summary's first line often ends mid-sentence. */
const firstSentence = (summary: string): string => {
  const text = summary.replace(/\s*\n\s*/gu, ' ');
  const end = /\.(\s|$)/u.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
};

/** Words wrapped to `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

/** `apiconform --help`: every command with its whole first sentence, within 100 columns. */
export const topHelp = (commands: readonly Command[]): string =>
  'apiconform: contract tests and a conformance suite for Twilio-style REST APIs.\n\n' +
  'Usage: apiconform <command> [options]\n\nCommands:\n' +
  commands.map((command) => `  ${command.name.padEnd(INDENT - 3)} ${wrap(firstSentence(command.summary), INDENT, WIDTH)}`).join('\n') +
  '\n\nRun `apiconform <command> --help` for the options of a command.\n`apiconform --version` (or -v) prints the version.\n';
