import { diffPaths } from '../diff/diffSpecs.js';
import { formatMarkdown } from '../diff/formatMarkdown.js';
import { formatText } from '../diff/formatText.js';
import type { Change, Level } from '../diff/types.js';
import { HarnessError } from '../errors.js';
import type { Command } from './command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
const FAIL_ON: Record<string, Level[]> = { breaking: ['breaking'], warning: ['breaking', 'warning'] };

function oneOf<T extends string>(flag: string, raw: unknown, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) throw new HarnessError('USAGE', `--${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(raw)}`);
  return raw as T;
}

const render = (format: (typeof FORMATS)[number], changes: Change[], hidden: number): string =>
  format === 'json' ? `${JSON.stringify({ changes }, null, 2)}\n` : format === 'markdown' ? formatMarkdown(changes, hidden) : formatText(changes, hidden);

export const diffCommand: Command = {
  name: 'diff',
  summary:
    'Lists what changed between two releases of OpenAPI descriptions, operation by operation, with a rule id,\n' +
    'a level for clients (breaking, warning, info) and what an implementation must now do. OLD and NEW are two\n' +
    'files, or two directories whose files are matched by spec id (file name, without a leading twilio_).\n' +
    'Exit 0: no change at the --fail-on level; 1: at least one; 2: a file that cannot be loaded.',
  usage: 'apiconform diff [--format text|json|markdown] [--fail-on breaking|warning] [--all] OLD NEW',
  options: {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    all: { type: 'boolean' },
  },
  help:
    '      --format F           text (default, grouped by operation), json, or markdown (a pull-request comment)\n' +
    '      --fail-on LEVEL      exit 1 when a change at or above LEVEL (breaking or warning) exists\n' +
    '      --all                also list description-only edits',
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) {
      throw new HarnessError('USAGE', `expected two paths, OLD and NEW, got ${positionals.length} (see apiconform diff --help)`);
    }
    const format = oneOf('format', values.format, FORMATS) ?? 'text';
    const failOn = oneOf('fail-on', values['fail-on'], ['breaking', 'warning'] as const);
    const found = await diffPaths(positionals[0]!, positionals[1]!);
    const changes = values.all ? found : found.filter((c) => !c.descriptionOnly);
    io.stdout(render(format, changes, found.length - changes.length));
    return failOn && changes.some((c) => FAIL_ON[failOn]!.includes(c.level)) ? 1 : 0;
  },
};
