import { compileSchema } from './compileSchema.js';
import { decodeForm, decodeWireValues } from './decodeWireValue.js';
import { unescapeSegment } from './jsonPointer.js';
import type { Operation, ParamLocation } from './types.js';

/** A request as it is on the wire: every value text, as a client sends it and a server receives it. */
export interface WireRequest {
  /** Path parameters, already percent-decoded. */
  path: Record<string, string>;
  query: readonly (readonly [string, string])[];
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** Form body pairs, in order; absent when there is no body. */
  form?: readonly (readonly [string, string])[];
  /** A JSON body, parsed (for an operation that documents `application/json`); judged as it is. */
  json?: unknown;
}

export interface RequestIssue {
  location: ParamLocation | 'body';
  /** The parameter's name (`Identity`, `MessagingBinding.Address`, `X-Twilio-Webhook-Enabled`), or '' for the body as a whole. */
  name: string;
  keyword: string;
  message: string;
}

function valuesOf(location: ParamLocation, name: string, request: WireRequest): string[] {
  if (location === 'path') return request.path[name] === undefined ? [] : [request.path[name]!];
  if (location === 'header') {
    const value = request.headers[name.toLowerCase()];
    return value === undefined ? [] : [value];
  }
  if (location === 'query') return request.query.filter(([key]) => key === name).map(([, value]) => value);
  return [];
}

/**
 * Judges a wire request against its operation: every parameter against its schema, the form body
 * against the body schema. The emulator answers 400 from these issues; the generators use them to
 * drop "invalid" cases that are valid once serialised.
 */
export function validateRequest(operation: Operation, request: WireRequest): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    for (const param of operation.parameters[location]) {
      const values = valuesOf(location, param.name, request);
      if (values.length === 0) {
        if (param.required) issues.push({ location, name: param.name, keyword: 'required', message: 'is required but missing' });
        continue;
      }
      for (const issue of compileSchema(param.schema)(decodeWireValues(param.schema, values))) {
        issues.push({ location, name: param.name, keyword: issue.keyword, message: issue.message });
      }
    }
  }
  const body = operation.requestBody;
  if (body) {
    if (body.required && request.form === undefined && request.json === undefined) {
      issues.push({ location: 'body', name: '', keyword: 'required', message: 'a request body is required' });
      return issues;
    }
    const decoded = request.json !== undefined ? request.json : decodeForm(body.schema, request.form ?? []);
    for (const issue of compileSchema(body.schema)(decoded)) {
      const first = issue.pointer.split('/')[1];
      issues.push({
        location: 'body',
        name: first === undefined ? '' : unescapeSegment(first),
        keyword: issue.keyword,
        message: issue.message,
      });
    }
  }
  return issues;
}
