import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import type { SuiteOptions } from './runtime.js';

type Selecting = Pick<SuiteOptions, 'operations' | 'resources' | 'changed'>;

/** `--resources Members` names a resource as groupResources does (`Members`), or by its list key (`members`). */
export const resourceNames = (resource: Resource): string[] => [resource.name, ...(resource.listKey ? [resource.listKey] : [])];

const namedResource = (runtime: Selecting, resource: Resource | undefined): boolean =>
  resource !== undefined && (runtime.resources?.some((name) => resourceNames(resource).includes(name)) ?? false);

/** Whether `--operations`/`--resources` (either names it: they add up) and `--changed-since` keep an operation. */
export function isSelected(runtime: Selecting, operation: Operation, resource?: Resource): boolean {
  if (runtime.changed && !runtime.changed.operations.includes(`${operation.specId} ${operation.operationId}`)) return false;
  if (!runtime.operations && !runtime.resources) return true;
  return (runtime.operations?.includes(operation.operationId) ?? false) || namedResource(runtime, resource);
}

/** A resource's sequences run when the resource is named, or every one of its operations is selected. */
export function sequencesSelected(runtime: Selecting, resource: Resource): boolean {
  if (runtime.changed && !runtime.changed.resources.includes(`${resource.specId} ${resource.name}`)) return false;
  if (!runtime.operations && !runtime.resources) return true;
  if (namedResource(runtime, resource)) return true;
  return Object.values(resource.operations).every((operation) => isSelected(runtime, operation, resource));
}

/** The resource each operation belongs to (none for an operation that is not create/fetch/list/update/delete). */
export function resourceOf(index: SpecIndex, operation: Operation): Resource | undefined {
  return index.resources.find((r) => r.specId === operation.specId && Object.values(r.operations).includes(operation));
}

/** The operations a run selected, in spec order: what the header counts and coverage is measured against. */
export const selectedOperations = (index: SpecIndex, runtime: Selecting): Operation[] =>
  index.operations.filter((operation) => isSelected(runtime, operation, resourceOf(index, operation)));

/** Names for `--resources` that no loaded resource has, and the known ones to offer instead. */
export function unknownResources(index: SpecIndex, names: readonly string[]): { unknown: string[]; known: string[] } {
  const known = [...new Set(index.resources.map((r) => r.name))].sort();
  const all = new Set(index.resources.flatMap(resourceNames));
  return { unknown: names.filter((name) => !all.has(name)), known };
}
