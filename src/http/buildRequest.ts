import type { RequestCase } from '../generate/types.js';
import type { Credentials } from '../target.js';
import { basicAuth } from './basicAuth.js';
import { encodeForm } from './encodeForm.js';
import { fillPath } from './fillPath.js';
import type { HttpRequest } from './types.js';
import { USER_AGENT } from './userAgent.js';

export interface RequestTarget {
  /** `http://host:1234` or with a path prefix, `http://host:1234/twilio`. */
  baseUrl: string;
  auth: Credentials;
}

const FORM = 'application/x-www-form-urlencoded';

/** The base URL as origin + path prefix without a trailing slash; a run has few, each parsed once. */
const bases = new Map<string, string>();
function baseOf(baseUrl: string): string {
  let base = bases.get(baseUrl);
  if (base === undefined) {
    const url = new URL(baseUrl);
    base = `${url.origin}${url.pathname.replace(/\/+$/u, '')}`;
    if (bases.size >= 64) bases.clear();
    bases.set(baseUrl, base);
  }
  return base;
}

/**
 * A case as the HTTP request that carries it: the base URL (and its path prefix), the path with
 * percent-encoded segments, the query with repeated keys, the form-encoded body, Basic auth.
 */
export function buildRequest(request: RequestCase, target: RequestTarget): HttpRequest {
  const query = encodeForm(request.query);
  const url = `${baseOf(target.baseUrl)}${fillPath(request.operation.path, request.path)}${query === '' ? '' : `?${query}`}`;
  const headers: Record<string, string> = {
    Authorization: basicAuth(target.auth),
    Accept: 'application/json',
    'User-Agent': USER_AGENT,
    ...(request.form === undefined ? {} : { 'Content-Type': FORM }),
    ...request.headers,
  };
  return {
    method: request.operation.method,
    url,
    headers,
    ...(request.form === undefined ? {} : { body: encodeForm(request.form) }),
  };
}
