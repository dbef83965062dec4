import type { Operation } from '../spec/types.js';
import { validateRequest, type RequestIssue } from '../spec/validateRequest.js';
import { MUTATIONS } from './mutations/index.js';
import { slotsOf } from './slotsOf.js';
import { toWireRequest } from './toWireRequest.js';
import type { Breakage, Mutation, RequestCase } from './types.js';

/** An issue at the broken parameter; for a rule of the body as a whole (name ''), any body issue. */
const hits = (issue: RequestIssue, breaks: Breakage): boolean =>
  issue.location === breaks.location && (issue.name === breaks.name || breaks.name === '');

/** What a case sends, as one comparable string (two mutations may arrive at the same request). */
const requestKey = (request: RequestCase): string =>
  JSON.stringify([request.path, request.query, Object.entries(request.headers).sort(), request.form ?? null]);

/**
 * Negative cases derived from a valid base case: every mutation applied to every slot its schema
 * gives it, one rule broken per case, each labelled `breaks`. A candidate counts only if it is
 * really invalid once sent: it goes through the same encoding as the wire, and validateRequest must
 * report an issue at the very parameter it claims to break; the others are dropped.
 */
export function invalidCases(
  operation: Operation,
  base: RequestCase,
  mutations: readonly Mutation[] = Object.values(MUTATIONS),
): RequestCase[] {
  const slots = slotsOf(operation);
  const seen = new Set<string>();
  return mutations
    .flatMap((mutate) => mutate({ ...base, operation }, slots))
    .filter((candidate) => {
      const breaks = candidate.breaks!;
      const issues = validateRequest(operation, toWireRequest(candidate));
      if (!issues.some((issue) => hits(issue, breaks))) return false;
      const key = requestKey(candidate);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
