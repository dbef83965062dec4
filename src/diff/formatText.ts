import { groupChanges, summaryLine } from './groupChanges.js';
import type { Change } from './types.js';

/** The terminal view: one block per operation, one line per change, then the counts. */
export function formatText(changes: readonly Change[], hidden = 0): string {
  const blocks = groupChanges(changes).map(
    (group) => `${group.title}\n${group.changes.map((c) => `  ${c.level.padEnd(8)} ${c.id}: ${c.message}`).join('\n')}\n`,
  );
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summaryLine(changes, hidden)}\n`;
}
