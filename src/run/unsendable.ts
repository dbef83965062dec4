import type { Operation, Resource } from '../spec/types.js';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Why the harness cannot send an operation's requests as its description asks, or `undefined`: a body
 * that is not a form (JSON bodies are not generated yet), an `Authorization` header parameter (it
 * would take the place of HTTP Basic authentication), a path parameter that is neither a parent of its
 * resource nor its id (intelligence_v2's `POST /v2/Services/{ServiceSid}/Operators/{OperatorSid}`
 * pairs with a fetch on the list path, which leaves the resource no id parameter).
 */
export function unsendable(resource: Resource, operation: Operation): string | undefined {
  const body = operation.requestBody?.mediaType;
  if (body !== undefined && body !== FORM) return `its request body is ${body}; apiconform sends form bodies only`;
  if (operation.parameters.header.some((param) => param.name.toLowerCase() === 'authorization')) {
    return 'its Authorization header parameter would replace HTTP Basic authentication';
  }
  const known = new Set([...resource.parentParams, ...(resource.idParam ? [resource.idParam] : [])]);
  const odd = operation.parameters.path.map((param) => param.name).filter((name) => !known.has(name));
  return odd.length > 0 ? `path parameter ${odd.join(', ')} is neither a parent of ${resource.name} nor its id` : undefined;
}

const itemSchema = (list: Operation | undefined, key: string | undefined): Record<string, any> | undefined => {
  const page = list?.responses.find((r) => /^2\d\d$/u.test(r.status) && typeof r.schema === 'object')?.schema as Record<string, any> | undefined;
  return key ? page?.properties?.[key]?.items : undefined;
};

/**
 * Why a resource's sequences cannot be sent, or `undefined`: one of its operations cannot be, its
 * create or list items document no `sid` to follow an item by, or its list needs a query parameter
 * the sequences do not send.
 */
export function sequencesUnsendable(resource: Resource): string | undefined {
  for (const operation of Object.values(resource.operations)) {
    const why = unsendable(resource, operation);
    if (why) return `${operation.operationId}: ${why}`;
  }
  const { create, list } = resource.operations;
  const created = create?.responses.find((r) => /^2\d\d$/u.test(r.status) && typeof r.schema === 'object')?.schema as Record<string, any> | undefined;
  if (create && !created?.properties?.sid) return `${create.operationId} documents no sid to follow the created item by`;
  if (list && !itemSchema(list, resource.listKey)?.properties?.sid) return `${list.operationId} documents no sid on its items`;
  const needed = list?.parameters.query.filter((param) => param.required && param.name !== 'PageSize') ?? [];
  return needed.length > 0 ? `${list!.operationId} needs query parameter ${needed.map((p) => p.name).join(', ')}, which the sequences do not send` : undefined;
}
