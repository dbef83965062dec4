import { diffIndexes, loadForDiff } from '../diff/diffSpecs.js';
import type { SpecIndex } from '../spec/types.js';
import type { ChangedSince, RunReport } from './report.js';

/**
 * What `--changed-since OLD` runs: the operations whose contract differs between OLD and the specs
 * being run (description-only edits do not count), and the sequences of the resources they belong to.
 */
export async function selectChanged(old: string, index: SpecIndex): Promise<Omit<ChangedSince, 'tested'>> {
  const changes = diffIndexes(await loadForDiff(old), index).filter((change) => !change.descriptionOnly);
  const present = new Set(index.operations.map((op) => `${op.specId} ${op.operationId}`));
  const keys = [...new Set(changes.map((change) => `${change.specId} ${change.operationId}`))];
  const operations = keys.filter((key) => present.has(key));
  const resources = index.resources
    .filter((r) => Object.values(r.operations).some((op) => operations.includes(`${r.specId} ${op.operationId}`)))
    .map((r) => `${r.specId} ${r.name}`);
  return { old, operations, resources, removed: keys.filter((key) => !present.has(key)) };
}

/** The changed operations the run tested; the summary line says how many of how many. */
export function testedChanged(selection: Omit<ChangedSince, 'tested'>, report: RunReport): ChangedSince {
  const tested = new Set(report.results.filter((r) => r.status !== 'skipped').map((r) => `${r.spec} ${r.operation}`));
  return { ...selection, tested: selection.operations.filter((key) => tested.has(key)) };
}

export const changedLine = (c: ChangedSince): string =>
  `${c.operations.length} operation${c.operations.length === 1 ? '' : 's'} changed since ${c.old}; ${c.tested.length} tested` +
  (c.removed.length > 0 ? ` (${c.removed.length} removed: ${c.removed.join(', ')})` : '');
