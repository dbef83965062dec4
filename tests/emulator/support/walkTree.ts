import { request } from 'undici';
import { fillPath } from '../../../src/http/fillPath.js';
import { compileSchema, validateRequest, type Operation, type Resource, type SpecIndex } from '../../../src/spec/index.js';
import { pathShape } from '../../../src/spec/resourceRules.js';
import { snakeCase } from '../../../src/spec/snakeCase.js';
import { prefixesOfPattern } from '../../../src/spec/sids.js';
import type { Emulator } from '../../../src/emulator/index.js';
import { basic } from '../api.js';
import { plainValue, requiredValues } from './requiredValues.js';

export interface WalkFigures {
  creatable: number;
  created: number;
  /** Creates for which no valid minimal request could be built here (a oneOf body, say): not sent. */
  unbuildable: string[];
  /** Resources left out because a parent could not be created. */
  orphaned: number;
  exchanges: number;
  /** Every other operation of the descriptions, sent once after the creates (deletes last). */
  swept: number;
  statuses: Record<string, number>;
  /** `operationId status: what is wrong`: responses that break their schema, 5xx, refused creates. */
  problems: string[];
}

const shapeOf = (specId: string, path: string): string => `${specId} ${pathShape(path).replace(/\.json$/u, '')}`;
const listParams = (listPath: string): { param: string; shape: string }[] =>
  listPath.split('/').flatMap((segment, index, all) => {
    const param = /^\{([^}]+)\}$/u.exec(segment)?.[1];
    return param === undefined ? [] : [{ param, shape: all.slice(0, index + 1).join('/') }];
  });

/**
 * A value for a parameter that names nothing made here: valid for every operation of the resource that
 * has the parameter (a SID of the prefix one of them documents, a country code, a date).
 */
function anyValue(operations: readonly Operation[], param: string): string {
  const schemas = operations.map((operation) => operation.parameters.path.find((candidate) => candidate.name === param)?.schema ?? {});
  const prefix = schemas.map((schema) => (typeof schema === 'object' ? prefixesOfPattern(schema.pattern)[0] : undefined)).find((found) => found);
  if (prefix !== undefined) return `${prefix}${'2'.repeat(32)}`;
  const constrained = (schema: unknown) => typeof schema === 'object' && Object.keys(schema ?? {}).some((key) => key !== 'description');
  return String(plainValue(schemas.find((schema) => constrained(schema) && (schema as { type?: unknown }).type !== 'string') ?? schemas.find(constrained) ?? {}));
}

/**
 * Creates one instance of every resource of the loaded descriptions whose parents it can create
 * (parents first, each with its required parameters only), fetches and lists each, and judges every
 * answer against the schema its operation documents for that status.
 */
export async function walkTree(index: SpecIndex, emulator: Emulator): Promise<WalkFigures> {
  const figures: WalkFigures = { creatable: 0, created: 0, unbuildable: [], orphaned: 0, exchanges: 0, swept: 0, statuses: {}, problems: [] };
  const authorization = basic(emulator.accountSid, emulator.authToken);
  const byShape = new Map(index.resources.filter((r) => r.instancePath && r.idParam).map((r) => [shapeOf(r.specId, r.instancePath!), r]));
  const made = new Map<Resource, string[]>();

  const sent = new Set<Operation>();
  async function send(operation: Operation, path: Record<string, string>, mustSucceed = true): Promise<any> {
    sent.add(operation);
    const wire = requiredValues(operation, path);
    const invalid = validateRequest(operation, wire);
    if (invalid.length > 0) {
      figures.unbuildable.push(`${operation.operationId}: ${invalid.map((issue) => `${issue.name} ${issue.message}`).join('; ')}`);
      return undefined;
    }
    const search = wire.query.length > 0 ? `?${new URLSearchParams(wire.query)}` : '';
    const url = emulator.baseUrls[operation.specId] + fillPath(operation.path, path) + search;
    const body = wire.json !== undefined ? JSON.stringify(wire.json) : wire.form.length > 0 ? new URLSearchParams(wire.form).toString() : undefined;
    const type = wire.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded';
    const reply = await request(url, {
      method: operation.method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': type }) },
      ...(body === undefined ? {} : { body }),
    });
    const text = await reply.body.text();
    const answer = text === '' ? undefined : JSON.parse(text);
    figures.exchanges += 1;
    figures.statuses[reply.statusCode] = (figures.statuses[reply.statusCode] ?? 0) + 1;
    // docs/conformance.md `status_code`: a delete may answer 204 where the description lists only 200.
    const status = operation.method === 'DELETE' && reply.statusCode === 204 ? ['204', '200'] : [String(reply.statusCode)];
    const documented = operation.responses.find((response) => status.includes(response.status));
    const twilioError = answer?.status === reply.statusCode && typeof answer?.code === 'number' && typeof answer?.more_info === 'string';
    if (reply.statusCode >= 500 || (reply.statusCode >= 400 && (mustSucceed || !twilioError))) {
      figures.problems.push(`${operation.operationId} ${reply.statusCode}: ${answer?.message}`);
    } else if (reply.statusCode >= 400) return undefined;
    else if (!documented) figures.problems.push(`${operation.operationId} ${reply.statusCode}: undocumented status`);
    else if (documented.schema !== undefined && reply.statusCode !== 204) {
      const issues = compileSchema(documented.schema)(answer);
      if (issues.length > 0) figures.problems.push(`${operation.operationId} ${reply.statusCode}: ${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')}`);
    }
    return reply.statusCode < 300 ? (answer ?? {}) : undefined;
  }

  const creatable = index.resources.filter((resource) => resource.operations.create);
  creatable.sort((a, b) => a.parentParams.length - b.parentParams.length);
  figures.creatable = creatable.length;
  for (const resource of creatable) {
    const create = resource.operations.create!;
    const levels = listParams(resource.listPath);
    const parents = levels.map(({ shape }) => byShape.get(shapeOf(resource.specId, shape))).map((parent) => (parent?.operations.create ? parent : undefined));
    const deepest = parents.findLastIndex((parent) => parent !== undefined);
    const chain = deepest < 0 ? [] : made.get(parents[deepest]!);
    if (!chain) {
      figures.orphaned += 1;
      continue;
    }
    const path = Object.fromEntries(levels.map(({ param }, i) => [param, chain[i] ?? anyValue(Object.values(resource.operations), param)]));
    const body = await send(create, path);
    if (!body) continue;
    figures.created += 1;
    const idParam = resource.idParam;
    const id = idParam === undefined ? undefined : (idParam !== 'Sid' ? body[snakeCase(idParam)] : undefined) ?? body.sid ?? body.id;
    if (id !== undefined) made.set(resource, [...levels.map(({ param }) => path[param]!), String(id)]);
    if (resource.operations.fetch && id !== undefined) await send(resource.operations.fetch, { ...path, [idParam!]: String(id) });
    if (resource.operations.list) await send(resource.operations.list, path);
  }
  // Every operation not sent yet (singletons, actions, updates, deletes), with the ids made above.
  const valueAt = (specId: string, shape: string): string | undefined => {
    const resource = byShape.get(shapeOf(specId, shape));
    return resource && made.get(resource)?.at(-1);
  };
  const rest = index.operations.filter((operation) => !sent.has(operation));
  rest.sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  for (const operation of rest) {
    const segments = operation.path.split('/');
    const path = Object.fromEntries(
      segments.flatMap((segment, i) => {
        const param = /\{([^}]+)\}/u.exec(segment)?.[1];
        if (param === undefined) return [];
        return [[param, valueAt(operation.specId, segments.slice(0, i + 1).join('/')) ?? anyValue([operation], param)]];
      }),
    );
    figures.swept += 1;
    await send(operation, path, false);
  }
  return figures;
}
