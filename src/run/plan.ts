import type { CheckId } from '../checks/checkIds.js';
import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import { baseUrlFor } from '../target.js';
import { writes } from './operationRun.js';
import { sequenceSubject } from './executeSequences.js';
import { RESOURCE_RULES } from './sequences/resourceRules.js';
import { hashString } from '../prng.js';
import type { ConformanceRuntime } from './runtime.js';

/** One test of the suite: a subject (an operation, or a resource's sequences) × a check, or why it is skipped. */
export interface PlannedTest {
  spec: string;
  resource: Resource;
  /** `CreateMember`, or `Members sequences`. */
  subject: string;
  /** Absent for sequence checks, which span the resource's operations. */
  operation?: Operation;
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

const responds = (op: Operation | undefined, field: string) =>
  op?.responses.some((r) => typeof r.schema === 'object' && field in (((r.schema as any).properties ?? {}) as object)) ?? false;

/** Which sequence checks a resource can be put through. */
const SEQUENCE_APPLIES: Partial<Record<CheckId, (r: Resource) => boolean>> = {
  lifecycle: (r) => Boolean(r.operations.create && r.operations.list && r.operations.delete && r.listKey),
  timestamps: (r) => Boolean(RESOURCE_RULES[r.specId]?.uniqueParameter && responds(r.operations.create, 'date_created')),
  pagination: (r) => Boolean(r.operations.create && r.operations.list && r.listKey),
  conflict: (r) => Boolean(r.operations.create && r.operations.list && RESOURCE_RULES[r.specId]?.uniqueParameter),
  concurrency: (r) => Boolean(r.operations.create && r.operations.list && RESOURCE_RULES[r.specId]?.uniqueParameter),
  // Sequences send requests of their own (aliases with reserved characters among them): no 5xx there either.
  no_server_error: (r) => Boolean(r.operations.create && r.operations.list),
};

/**
 * Single-exchange checks that also judge every exchange the sequences make (a fetch by alias, a list
 * through a parent's alias, …), reported on the resource's sequences row. Planned only when a check
 * that sends sequences is selected too.
 */
const SEQUENCE_JUDGED: readonly CheckId[] = [
  'status_code', 'content_type', 'response_schema', 'sid_pattern', 'sid_consistency', 'request_echo', 'defaults', 'self_url', 'error_shape', 'response_headers',
];
const SEQUENCE_DRIVERS: readonly CheckId[] = ['lifecycle', 'timestamps', 'pagination', 'conflict', 'concurrency'];

/** Which sequence checks apply to a resource, with the exchange checks when sequences are sent at all. */
const sequenceApplies = (runtime: ConformanceRuntime, check: CheckId, resource: Resource): boolean => {
  if (SEQUENCE_APPLIES[check]) return SEQUENCE_APPLIES[check]!(resource);
  const driven = runtime.checks.some((driver) => SEQUENCE_DRIVERS.includes(driver) && SEQUENCE_APPLIES[driver]?.(resource));
  return driven && SEQUENCE_JUDGED.includes(check);
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
        tests.push({ spec: resource.specId, resource, subject: operation.operationId, operation, check, ...(skip ? { skip } : {}) });
      }
    }
    if (runtime.operations) continue;
    const subject = sequenceSubject(resource);
    for (const check of runtime.checks) {
      if (!sequenceApplies(runtime, check, resource)) continue;
      if (!inShard(runtime, `${resource.specId} ${subject} ${check}`)) continue;
      const skip = skipSpec ?? (runtime.readOnly ? 'left out by --read-only (sequences create and delete)' : undefined);
      tests.push({ spec: resource.specId, resource, subject, check, ...(skip ? { skip } : {}) });
    }
  }
  return tests;
}
