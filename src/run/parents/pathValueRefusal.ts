import { compileSchema } from '../../spec/compileSchema.js';
import type { Resource } from '../../spec/types.js';

/**
 * Why a parent's value cannot go in a resource's path, or `undefined`: the path parameter's own schema
 * refuses it, on any of its operations (intelligence_v2 documents `{ServiceSid}` as `^LY…` on one
 * Operators operation and `^GA…` on another: no value fits both, no request could be valid).
 */
export function pathValueRefusal(resource: Resource, param: string, value: string): string | undefined {
  const schemas = Object.values(resource.operations)
    .flatMap((operation) => operation?.parameters.path ?? [])
    .filter((candidate) => candidate.name === param)
    .map((candidate) => candidate.schema);
  const issues = [...new Set(schemas)].flatMap((schema) => compileSchema(schema)(value));
  return issues.length === 0 ? undefined : `${value} ${[...new Set(issues.map((issue) => issue.message))].join('; ')}`;
}
