import { joinPointer } from './jsonPointer.js';
import type { SchemaNormalizer } from './normalizeSchemas.js';
import type {
  HeaderSpec, HttpMethod, JsonSchema, Operation, OperationKind, ParamLocation, Parameter, RequestBodySpec,
  ResponseSpec, SecurityScheme,
} from './types.js';

type Node = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const JSON_TYPES = /^application\/(.+\+)?json\b/u;

/** `/Members/{Sid}` and Twilio's `/Calls/{Sid}.json` address one instance; anything else a list. */
export const INSTANCE_PATH = /\/\{([^}/]+)\}(\.json)?$/u;

export function operationKind(method: HttpMethod, path: string, pathType?: unknown): OperationKind {
  const instance = pathType === 'instance' || (pathType !== 'list' && INSTANCE_PATH.test(path));
  if (instance) {
    if (method === 'GET') return 'fetch';
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') return 'update';
    if (method === 'DELETE') return 'delete';
    return 'other';
  }
  if (method === 'POST') return 'create';
  if (method === 'GET') return 'list';
  return 'other';
}

/** The first media type, preferring JSON, and its normalised schema. */
function pickContent(content: Node | undefined, normalizer: SchemaNormalizer, pointer: string) {
  if (!content) return undefined;
  const types = Object.keys(content);
  const mediaType = types.find((type) => JSON_TYPES.test(type)) ?? types[0];
  if (mediaType === undefined) return undefined;
  const media = content[mediaType] as Node;
  normalizer.visit(media, 'schema', joinPointer(pointer, mediaType, 'schema'));
  return { mediaType, schema: (media.schema ?? {}) as JsonSchema };
}

function readParameter(param: Node, normalizer: SchemaNormalizer, pointer: string): Parameter {
  const location = param.in as ParamLocation;
  let schema: JsonSchema = {};
  if (param.schema !== undefined) {
    normalizer.visit(param, 'schema', joinPointer(pointer, 'schema'));
    schema = param.schema as JsonSchema;
  } else if (param.content) {
    schema = pickContent(param.content, normalizer, joinPointer(pointer, 'content'))?.schema ?? {};
  }
  const style = (param.style as string | undefined) ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple');
  return {
    name: String(param.name),
    in: location,
    required: param.required === true || location === 'path',
    schema,
    explode: (param.explode as boolean | undefined) ?? style === 'form',
    pointer,
  };
}

function readHeaders(headers: Node | undefined, normalizer: SchemaNormalizer, pointer: string): HeaderSpec[] {
  return Object.entries(headers ?? {}).map(([name, header]: [string, Node]) => {
    normalizer.visit(header, 'schema', joinPointer(pointer, name, 'schema'));
    return { name, required: header.required === true, schema: (header.schema ?? {}) as JsonSchema };
  });
}

function readResponses(responses: Node | undefined, normalizer: SchemaNormalizer, pointer: string): ResponseSpec[] {
  return Object.entries(responses ?? {}).map(([status, response]: [string, Node]) => {
    const at = joinPointer(pointer, status);
    const content = pickContent(response.content, normalizer, joinPointer(at, 'content'));
    return {
      status,
      description: String(response.description ?? ''),
      ...(content ?? {}),
      headers: readHeaders(response.headers, normalizer, joinPointer(at, 'headers')),
      pointer: at,
    };
  });
}

function readRequestBody(body: Node | undefined, normalizer: SchemaNormalizer, pointer: string) {
  const content = pickContent(body?.content, normalizer, joinPointer(pointer, 'content'));
  if (!body || !content) return undefined;
  return { ...content, required: body.required === true, pointer } satisfies RequestBodySpec;
}

function readSecurity(document: Node, requirements: Node[] | undefined): SecurityScheme[] {
  const schemes = (document.components?.securitySchemes ?? {}) as Node;
  return (requirements ?? []).flatMap((requirement) =>
    Object.keys(requirement).map((name) => ({ name, type: String(schemes[name]?.type ?? 'unknown'), scheme: schemes[name]?.scheme })),
  );
}

/** Every operation of a dereferenced document, with its schemas normalised to JSON Schema 2020-12. */
export function flattenOperations(specId: string, file: string, document: Node, normalizer: SchemaNormalizer): Operation[] {
  const operations: Operation[] = [];
  const docServers = ((document.servers ?? []) as Node[]).map((server) => String(server.url));
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Node>)) {
    const itemPointer = joinPointer('/paths', path);
    for (const lower of METHODS) {
      const op = item[lower] as Node | undefined;
      if (!op) continue;
      const method = lower.toUpperCase() as HttpMethod;
      const pointer = joinPointer(itemPointer, lower);
      const byKey = new Map<string, Parameter>();
      ((item.parameters ?? []) as Node[]).forEach((param, index) =>
        byKey.set(`${param.in}:${param.name}`, readParameter(param, normalizer, joinPointer(itemPointer, 'parameters', index))),
      );
      ((op.parameters ?? []) as Node[]).forEach((param, index) =>
        byKey.set(`${param.in}:${param.name}`, readParameter(param, normalizer, joinPointer(pointer, 'parameters', index))),
      );
      const parameters: Record<ParamLocation, Parameter[]> = { path: [], query: [], header: [], cookie: [] };
      for (const param of byKey.values()) parameters[param.in]?.push(param);
      const requestBody = readRequestBody(op.requestBody, normalizer, joinPointer(pointer, 'requestBody'));
      const servers = ((op.servers ?? item.servers ?? []) as Node[]).map((server) => String(server.url));
      const dependent = item['x-twilio']?.dependentProperties as Operation['dependentProperties'] | undefined;
      operations.push({
        specId,
        file,
        operationId: String(op.operationId ?? `${method} ${path}`),
        method,
        path,
        pointer,
        kind: operationKind(method, path, item['x-twilio']?.pathType),
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses: readResponses(op.responses, normalizer, joinPointer(pointer, 'responses')),
        security: readSecurity(document, (op.security ?? document.security) as Node[] | undefined),
        servers: servers.length > 0 ? servers : docServers,
        ...(dependent && typeof dependent === 'object' ? { dependentProperties: dependent } : {}),
      });
    }
  }
  const schemas = (document.components?.schemas ?? {}) as Node;
  for (const name of Object.keys(schemas)) normalizer.visit(schemas, name, joinPointer('/components/schemas', name));
  return operations;
}
