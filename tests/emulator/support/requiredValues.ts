import fc from 'fast-check';
import { wireValue } from '../../../src/generate/index.js';
import { prefixesOfPattern } from '../../../src/spec/sids.js';
import { schemaTypes, validateRequest, type JsonSchema, type Operation, type WireRequest } from '../../../src/spec/index.js';

type Pairs = [string, string][];

const FORMATS: Record<string, string> = {
  uri: 'https://example.com/hook', url: 'https://example.com/hook', 'phone-number': '+15005550006', email: 'a@example.com',
  'date-time': '2024-01-02T03:04:05Z', date: '2024-01-02', 'iso-country-code': 'US', 'http-method': 'POST', currency: 'USD',
};

/** A plain valid value for a schema, as JSON: an enum member, a SID of the documented prefix, a format's example, a number in range. */
export function plainValue(schema: JsonSchema): unknown {
  if (typeof schema !== 'object') return 'x';
  if (Array.isArray(schema.enum)) return schema.enum.find((member) => member !== null) ?? null;
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) return plainValue(branches[0]!);
  const types = schemaTypes(schema);
  if (types.includes('array')) return [plainValue((schema.items as JsonSchema | undefined) ?? {})];
  if (types.includes('object') || (types.length === 0 && schema.properties)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    return Object.fromEntries(required.map((name) => [name, plainValue(properties[name] ?? {})]));
  }
  if (types.includes('integer') || types.includes('number')) return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (types.includes('boolean')) return true;
  const prefix = prefixesOfPattern(schema.pattern)[0];
  if (prefix !== undefined) return `${prefix}${'1'.repeat(32)}`;
  if (typeof schema.pattern === 'string') return fc.sample(fc.stringMatching(new RegExp(schema.pattern, 'u')), { seed: 1, numRuns: 1 })[0];
  if (typeof schema.format === 'string' && FORMATS[schema.format]) return FORMATS[schema.format]!;
  if (schema.contentMediaType === 'application/json') return '{}';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  return 'apiconform'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 10, 10)));
}

const asPairs = (name: string, value: unknown): Pairs => [value].flat().map((item) => [name, typeof item === 'object' ? JSON.stringify(item) : String(item)]);

const broken = (operation: Operation, request: WireRequest, name: string): boolean =>
  validateRequest(operation, request).some((issue) => issue.name === name);

/**
 * A minimal valid request for an operation: its required query parameters and body properties only,
 * each a plain value, or one from the harness's own generator when the plain one does not validate.
 * A JSON body (where the operation documents one) is an object of plain values.
 */
export function requiredValues(operation: Operation, path: Record<string, string>): WireRequest & { query: Pairs; form: Pairs } {
  const body = operation.requestBody;
  const json = body && /json/u.test(body.mediaType) ? (plainValue(body.schema) as Record<string, unknown>) : undefined;
  const request = { path, query: [] as Pairs, headers: {}, form: [] as Pairs, ...(json === undefined ? {} : { json }) };
  const schema = json === undefined ? body?.schema : undefined;
  const required = typeof schema === 'object' && Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const properties = (typeof schema === 'object' ? schema.properties ?? {} : {}) as Record<string, JsonSchema>;
  const wanted = [
    ...operation.parameters.query.filter((param) => param.required).map((param) => ({ name: param.name, schema: param.schema, into: request.query })),
    ...required.map((name) => ({ name, schema: properties[name] ?? {}, into: request.form })),
  ];
  for (const { name, schema: wantedSchema, into } of wanted) {
    into.push(...asPairs(name, plainValue(wantedSchema)));
    if (!broken(operation, request, name)) continue;
    const kept = into.filter(([key]) => key !== name);
    for (const candidate of fc.sample(wireValue(wantedSchema, { maxStringLength: 20, kind: 'text' }), { seed: 1, numRuns: 30 })) {
      into.splice(0, into.length, ...kept, ...asPairs(name, candidate));
      if (!broken(operation, request, name)) break;
    }
  }
  return request;
}
