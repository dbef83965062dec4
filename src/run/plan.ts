import type { CheckId } from '../checks/checkIds.js';
import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import { baseUrlFor } from '../target.js';
import { writes } from './operationRun.js';
import { hashString } from './prng.js';
import type { ConformanceRuntime } from './runtime.js';

/** One test of the suite: a subject (an operation) × a check, or why it is skipped. */
export interface PlannedTest {
  spec: string;
  resource: Resource;
  operation: Operation;
  check: CheckId;
  skip?: string;
}

const successBody = (op: Operation) => op.responses.some((r) => /^2\d\d$/u.test(r.status) && r.schema !== undefined);

/** Which exchange checks can judge anything for an operation. */
const APPLIES: Partial<Record<CheckId, (op: Operation) => boolean>> = {
  status_code: () => true,
  content_type: () => true,
  response_schema: successBody,
  sid_pattern: successBody,
  sid_consistency: successBody,
  request_echo: (op) => (op.kind === 'create' || op.kind === 'update') && op.requestBody !== undefined,
  defaults: (op) => op.kind === 'create',
  self_url: successBody,
  negative_rejection: () => true,
  not_found: (op) => op.parameters.path.length > 0,
  auth: (op) => op.security.length > 0,
  error_shape: () => true,
  no_server_error: () => true,
  response_headers: (op) => op.responses.some((r) => /^2\d\d$/u.test(r.status) && r.headers.length > 0),
};

const inShard = (runtime: ConformanceRuntime, key: string): boolean =>
  !runtime.shard || hashString(key) % runtime.shard.count === runtime.shard.index - 1;

/** Why a whole spec cannot run: no base URL, or a parent fixture missing. */
function specSkip(runtime: ConformanceRuntime, index: SpecIndex, spec: string): string | undefined {
  if (baseUrlFor(runtime.target, spec) === undefined) return `no base URL for spec ${spec}`;
  const fixtures = runtime.target.fixtures[spec] ?? {};
  const needed = new Set(index.resources.filter((r) => r.specId === spec).flatMap((r) => r.parentParams));
  const missing = [...needed].filter((name) => !fixtures[name]);
  return missing.length > 0 ? `fixture ${missing.map((m) => `${spec}.${m}`).join(', ')} is missing` : undefined;
}

/** The tests of a run, in spec → resource → operation → check order. */
export function planSuite(index: SpecIndex, runtime: ConformanceRuntime): PlannedTest[] {
  const tests: PlannedTest[] = [];
  for (const resource of index.resources) {
    const skipSpec = specSkip(runtime, index, resource.specId);
    for (const operation of Object.values(resource.operations)) {
      if (runtime.operations && !runtime.operations.includes(operation.operationId)) continue;
      for (const check of runtime.checks) {
        const applies = APPLIES[check];
        if (!applies?.(operation)) continue;
        if (!inShard(runtime, `${resource.specId} ${operation.operationId} ${check}`)) continue;
        const skip = skipSpec ?? (runtime.readOnly && writes(operation) ? 'left out by --read-only (the operation writes)' : undefined);
        tests.push({ spec: resource.specId, resource, operation, check, ...(skip ? { skip } : {}) });
      }
    }
  }
  return tests;
}
