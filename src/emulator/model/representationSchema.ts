import type { JsonSchema, Resource } from '../../spec/types.js';
import { propertiesOf, successResponse } from './successResponse.js';

/**
 * The schema of one instance of a resource, as its operations document it: fetch's answer, else
 * create's or update's, else the items of a list page.
 */
export function representationSchema(resource: Resource): JsonSchema | undefined {
  const { fetch, create, update, list } = resource.operations;
  for (const operation of [fetch, create, update]) {
    const schema = operation && successResponse(operation).schema;
    if (schema !== undefined && Object.keys(propertiesOf(schema)).length > 0) return schema;
  }
  const page = list && successResponse(list).schema;
  return page === undefined || resource.listKey === undefined ? undefined : itemsOf(page, resource.listKey);
}

/** The item schema of a list page's array property. */
export function itemsOf(page: JsonSchema, key: string): JsonSchema | undefined {
  const array = propertiesOf(page)[key];
  return typeof array === 'object' ? (array.items as JsonSchema | undefined) : undefined;
}
