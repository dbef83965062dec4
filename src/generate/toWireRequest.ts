import type { WireRequest } from '../spec/validateRequest.js';
import type { RequestCase } from './types.js';

/** Pairs as a server reads them back after `application/x-www-form-urlencoded` (what buildRequest sends). */
const roundTrip = (pairs: readonly (readonly [string, string])[]): [string, string][] => [
  ...new URLSearchParams(new URLSearchParams(pairs.map(([name, value]): [string, string] => [name, value])).toString()),
];

/**
 * A case as the target receives it: query and form through URL encoding and back, header names in
 * lower case and values without outer whitespace (HTTP drops it). What validateRequest judges.
 */
export function toWireRequest(request: RequestCase): WireRequest {
  return {
    path: { ...request.path },
    query: roundTrip(request.query),
    headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value.trim()])),
    ...(request.form === undefined ? {} : { form: roundTrip(request.form) }),
  };
}
