import { namesResource } from '../spec/resourceNames.js';
import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import type { SuiteOptions } from './runtime.js';

type Selecting = Pick<SuiteOptions, 'operations' | 'resources' | 'changed'>;

const namedResource = (runtime: Selecting, resource: Resource | undefined): boolean =>
  resource !== undefined && (runtime.resources?.some((name) => namesResource(name, resource)) ?? false);

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

/** Each `--resources` name with the resources it selects (`spec name`), for the run's header. */
export const namedResources = (index: SpecIndex, names: readonly string[]): Array<{ name: string; resources: string[] }> =>
  names.map((name) => ({ name, resources: index.resources.filter((r) => namesResource(name, r)).map((r) => `${r.specId} ${r.name}`) }));

/** Names for `--resources` that name no loaded resource, and the known ones to offer instead. */
export function unknownResources(index: SpecIndex, names: readonly string[]): { unknown: string[]; known: string[] } {
  const known = [...new Set(index.resources.map((r) => r.name))].sort();
  return { unknown: namedResources(index, names).filter((named) => named.resources.length === 0).map((named) => named.name), known };
}
