import fc from 'fast-check';
import type { Operation, Parameter } from '../spec/types.js';
import { bodyVariants } from './bodyVariants.js';
import { defaultUniqueNames } from './defaultUniqueNames.js';
import { pairsArbitrary, type Field, type PairsOptions } from './pairsArbitrary.js';
import { pathValues } from './pathValues.js';
import type { RequestCase, ValidCaseOptions } from './types.js';

/** Paging state is handed out by the API (the meta URLs); a made-up page or token is not a request a client makes. */
export const DEFAULT_OMIT: readonly string[] = ['Page', 'PageToken'];
export const DEFAULT_MAX_STRING_LENGTH = 300;

type Parts = { query: RequestCase['query']; headers: RequestCase['headers']; form: RequestCase['form'] };

const kept = (fields: readonly Field[], omit: readonly string[]): Field[] =>
  fields.filter((field) => field.required || !omit.includes(field.name));

const fieldsOf = (params: readonly Parameter[]): Field[] =>
  params.map(({ name, schema, required }) => ({ name, schema, required }));

/**
 * Valid requests for one operation: path from the fixtures (and `ids` for the instance), every
 * combination of optional query parameters, headers and body properties, values from their schemas
 * (hostile but valid text, RFC 3339 dates, JSON documents, integers in range). Shrinks to small cases;
 * the same seed gives the same cases (with a deterministic `unique`).
 */
export function validCase(operation: Operation, fixtures: Record<string, string>, options: ValidCaseOptions = {}): fc.Arbitrary<RequestCase> {
  const path = pathValues(operation, fixtures, options.ids);
  const omit = options.omit ?? DEFAULT_OMIT;
  const base = { maxStringLength: options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH };
  const text: PairsOptions = { ...base, kind: 'text' };
  const query = pairsArbitrary(kept(fieldsOf(operation.parameters.query), omit), text);
  const headers = pairsArbitrary(kept(fieldsOf(operation.parameters.header), omit), { ...base, kind: 'header' }).map(
    (pairs) => Object.fromEntries(pairs),
    (record) => Object.entries(record as Record<string, string>),
  );
  const body = operation.requestBody;
  const unique = options.unique ? { unique: options.unique, uniqueNames: options.uniqueNames ?? defaultUniqueNames(operation) } : {};
  const form = body
    ? fc.oneof(...bodyVariants(body.schema).map((fields) => pairsArbitrary(kept(fields, omit), { ...text, ...unique, everyField: options.everyBodyField ?? false })))
    : fc.constant(undefined);
  const toCase = (parts: Parts): RequestCase => ({
    operation,
    path: { ...path },
    query: parts.query,
    headers: parts.headers,
    ...(parts.form === undefined ? {} : { form: parts.form }),
  });
  const fromCase = (value: unknown): Parts => {
    const request = value as RequestCase;
    if (request?.operation !== operation) throw new Error('a case of another operation');
    return { query: request.query, headers: request.headers, form: request.form };
  };
  return fc.record({ query, headers, form }).map(toCase, fromCase);
}
