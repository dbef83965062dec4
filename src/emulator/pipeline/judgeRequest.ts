import type { RequestIssue, WireRequest } from '../../spec/validateRequest.js';
import { validateRequest } from '../../spec/validateRequest.js';
import type { Operation } from '../../spec/types.js';

/** A request the description cannot judge (a 400 that says why, never a 500). */
export class UnjudgeableRequest extends Error {
  override readonly name = 'UnjudgeableRequest';
}

/**
 * The request's issues against its operation. The emulator compiles a description's schemas on first
 * use, so a schema Ajv cannot compile shows here, not at start-up: that is the description's fault,
 * and the answer says so.
 */
export function judgeRequest(operation: Operation, request: WireRequest): RequestIssue[] {
  try {
    return validateRequest(operation, request);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnjudgeableRequest(`${operation.operationId} cannot be judged: its description has a schema that does not compile (${reason})`);
  }
}
