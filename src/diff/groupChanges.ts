import type { Change, Level } from './types.js';
import { LEVELS } from './types.js';

export interface OperationGroup {
  title: string;
  changes: Change[];
}

/** Changes under their operation (`chat_v2 ListChannel · GET /v2/…`), in the order they were found. */
export function groupChanges(changes: readonly Change[]): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const change of changes) {
    const title = `${change.specId} ${change.operationId} · ${change.method} ${change.path}`;
    const group = groups.get(title) ?? { title, changes: [] };
    group.changes.push(change);
    groups.set(title, group);
  }
  return [...groups.values()];
}

/** `12 change(s) in 5 operation(s): 3 breaking, 4 warning, 5 info`, and what --all would add. */
export function summaryLine(changes: readonly Change[], hidden: number): string {
  const count = (level: Level) => changes.filter((c) => c.level === level).length;
  const operations = groupChanges(changes).length;
  const levels = LEVELS.map((level) => `${count(level)} ${level}`).join(', ');
  const more = hidden > 0 ? `; ${hidden} description-only change(s) not shown (--all shows them)` : '';
  return `${changes.length} change(s) in ${operations} operation(s): ${levels}${more}`;
}
