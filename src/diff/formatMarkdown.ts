import { groupChanges, summaryLine } from './groupChanges.js';
import type { Change, Level } from './types.js';

const MARK: Record<Level, string> = { breaking: '🔴 breaking', warning: '🟠 warning', info: '🔵 info' };

// A `|` would end a table cell; a newline would end the row.
const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' ');

/** A pull-request comment: the counts, then one table per operation. */
export function formatMarkdown(changes: readonly Change[], hidden = 0): string {
  const blocks = groupChanges(changes).map((group) => {
    const rows = group.changes.map((c) => `| ${MARK[c.level]} | \`${c.id}\` | ${cell(c.message)} |`);
    return `#### ${cell(group.title)}\n\n| level | rule | change |\n|---|---|---|\n${rows.join('\n')}\n`;
  });
  return `### apiconform diff\n\n${summaryLine(changes, hidden)}\n\n${blocks.join('\n')}`;
}
