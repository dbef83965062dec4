import type { Breakage, RequestCase } from '../../generate/types.js';
import { encodeForm } from '../../http/encodeForm.js';
import type { HttpRequest } from '../../http/types.js';
import type { HttpMethod, Operation, Resource } from '../../spec/types.js';

/** A request malformed as a whole (not one parameter): what a valid case's request becomes, and why it must be refused. */
export interface ProtocolProbe {
  breaks: Breakage;
  rewrite: (request: HttpRequest, requestCase: RequestCase) => HttpRequest;
}

/** Percent-encoding that decodes to nothing: a cut-off UTF-8 sequence, then a non-hex escape. */
export const MALFORMED = '%E0%A4%zz';
/** Over the body size any Twilio-style API accepts, and small enough to send fast on loopback. */
export const OVERSIZED_BYTES = 2 * 1024 * 1024;
const PROBED_METHODS: readonly HttpMethod[] = ['PUT', 'PATCH'];

const probe = (rule: Breakage['rule'], location: Breakage['location'], description: string, rewrite: ProtocolProbe['rewrite'], status?: number): ProtocolProbe => ({
  breaks: { rule, location, name: '', description, ...(status === undefined ? {} : { status }) },
  rewrite,
});

/** The URL with its path changed (a base URL's own path prefix is kept: only the template's segments are touched). */
function withPath(request: HttpRequest, change: (segments: string[]) => string[]): HttpRequest {
  const url = new URL(request.url);
  // URL keeps a malformed escape as it is; set the path as text so that it is not encoded twice.
  const path = change(url.pathname.split('/')).join('/');
  return { ...request, url: `${url.origin}${path}${url.search}` };
}

/** The request's body replaced, with its Content-Type. */
const withBody = (request: HttpRequest, body: string, type: string): HttpRequest => {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
  return { ...request, headers: { ...headers, 'Content-Type': type }, body };
};

const FORM = 'application/x-www-form-urlencoded';

/**
 * The protocol-level probes that apply to an operation: malformed percent-encoding in the path (every
 * operation with a path parameter) and in a form body, a JSON body where a form is documented (every
 * operation with a body), a method its path does not document (the list path on list, the instance
 * path on fetch: 405), an unknown path below the list path (list), and an oversized body (create).
 */
export function protocolProbes(operation: Operation, resource: Resource): ProtocolProbe[] {
  const probes: ProtocolProbe[] = [];
  const template = operation.path.split('/');
  const lastParam = template.findLastIndex((segment) => /^\{.+\}$/u.test(segment));
  if (lastParam >= 0) {
    const fromEnd = template.length - lastParam;
    probes.push(probe('encoding', 'path', `the path has malformed percent-encoding (${MALFORMED})`, (request) =>
      withPath(request, (segments) => segments.map((segment, i) => (i === segments.length - fromEnd ? MALFORMED : segment)))));
  }
  const body = operation.requestBody;
  if (body) {
    const first = Object.keys(((body.schema as { properties?: object }).properties ?? {}) as object)[0] ?? 'Attributes';
    probes.push(probe('encoding', 'body', `the form body has malformed percent-encoding (${first}=${MALFORMED})`, (request, requestCase) =>
      withBody(request, [`${first}=${MALFORMED}`, encodeForm((requestCase.form ?? []).filter(([name]) => name !== first))].filter(Boolean).join('&'), FORM)));
    probes.push(probe('media_type', 'body', 'the body is JSON where a form is documented', (request, requestCase) =>
      withBody(request, JSON.stringify(Object.fromEntries(requestCase.form ?? [])), 'application/json')));
  }
  const onPath = Object.values(resource.operations).filter((other) => other?.path === operation.path).map((other) => other!.method);
  const method = PROBED_METHODS.find((candidate) => !onPath.includes(candidate));
  if (method && (operation.kind === 'list' || operation.kind === 'fetch')) {
    probes.push(probe('method', 'path', `${method} is not documented on ${operation.path}`, (request) => ({ ...request, method }), 405));
  }
  if (operation.kind === 'list') {
    probes.push(probe('path', 'path', 'the path is not documented (two unknown segments below the list)', (request) =>
      withPath(request, (segments) => [...segments, 'NoSuchThing', 'Unknown']), 404));
  }
  if (operation.kind === 'create' && body) {
    // A dropped connection is a failure here too: the server must read (or discard) the body and answer 413.
    probes.push(probe('size', 'body', `the body is ${OVERSIZED_BYTES} bytes long`, (request) =>
      withBody(request, `${request.body ?? ''}&Padding=${'x'.repeat(OVERSIZED_BYTES)}`, FORM)));
  }
  return probes;
}
