import { INSTANCE_PATH } from './flattenOperations.js';
import type { JsonSchema, Operation, Resource } from './types.js';
import { nameResources } from './resourceNames.js';
import { prefixOfPattern } from './sids.js';

type SchemaObject = Record<string, any>;

/** `/Members/{Sid}` → `/Members`; `/Calls/{Sid}.json` → `/Calls.json`. */
export function listPathOf(instancePath: string): string {
  const match = INSTANCE_PATH.exec(instancePath);
  if (!match) return instancePath;
  return instancePath.slice(0, match.index) + (match[2] ?? '');
}

const successSchema = (operation: Operation | undefined): SchemaObject | undefined => {
  const response = operation?.responses.find((candidate) => /^2\d\d$/u.test(candidate.status) && candidate.schema);
  return typeof response?.schema === 'object' ? (response.schema as SchemaObject) : undefined;
};

/** The array property of a list page (everything but `meta`). */
function listKeyOf(schema: SchemaObject | undefined): string | undefined {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).find(
    ([name, property]) => name !== 'meta' && typeof property === 'object' && [property.type].flat().includes('array'),
  )?.[0];
}

/** The prefix the resource's own `sid` documents (`^MB[0-9a-fA-F]{32}$` → `MB`). */
const sidPrefixOf = (schema: SchemaObject | undefined): string | undefined => prefixOfPattern(schema?.properties?.sid?.pattern);

const parametersIn = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/gu)].map((match) => match[1]!);

/**
 * Pairs the operations of each resource the way Twilio lays them out: create and list on the list
 * path, fetch, update and delete on the instance path below it.
 */
export function groupResources(operations: readonly Operation[]): Resource[] {
  const byListPath = new Map<string, Resource>();
  for (const operation of operations) {
    if (operation.kind === 'other') continue;
    const onInstance = operation.kind === 'fetch' || operation.kind === 'update' || operation.kind === 'delete';
    const listPath = onInstance ? listPathOf(operation.path) : operation.path;
    const key = `${operation.specId} ${listPath}`;
    let resource = byListPath.get(key);
    if (!resource) {
      resource = {
        specId: operation.specId,
        name: listPath,
        listPath,
        parentParams: parametersIn(listPath),
        operations: {},
      };
      byListPath.set(key, resource);
    }
    if (onInstance) {
      resource.instancePath = operation.path;
      resource.idParam = INSTANCE_PATH.exec(operation.path)?.[1];
    }
    resource.operations[operation.kind] ??= operation;
  }
  for (const resource of byListPath.values()) {
    const listKey = listKeyOf(successSchema(resource.operations.list));
    const sidPrefix = sidPrefixOf(successSchema(resource.operations.fetch ?? resource.operations.create));
    if (listKey) resource.listKey = listKey;
    if (sidPrefix) resource.sidPrefix = sidPrefix;
  }
  const resources = [...byListPath.values()];
  nameResources(resources);
  return resources;
}
