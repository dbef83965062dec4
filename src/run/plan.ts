import type { CheckId } from '../checkIds.js';
import type { Operation, Resource, SpecIndex } from '../spec/types.js';
import { baseUrlFor } from '../target.js';
import { writes } from './operationRun.js';
import { sequenceSubject } from './executeSequences.js';
import { resourceRules } from '../spec/resourceRules.js';
import { echoedParameters } from '../checks/requestEcho.js';
import { unmadeParent } from './parents/unmadeParent.js';
import { sequencesUnsendable, unsendable } from './unsendable.js';
import { hashString } from '../prng.js';
import { isSelected, sequencesSelected } from './selection.js';
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
  request_echo: (op) => (op.kind === 'create' || op.kind === 'update') && echoedParameters(op).length > 0,
  // The documented defaults are the rules table's, for the resources it names (a create is on the list path).
  defaults: (op) => op.kind === 'create' && resourceRules(op.path).defaults.length > 0,
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

/** The unique create parameter of the resource's rules, where its create takes it (a spec may rename it). */
const uniqueParameter = (r: Resource): string | undefined => {
  const name = resourceRules(r.listPath).uniqueParameter;
  const properties = ((r.operations.create?.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {}) as object;
  return name !== undefined && name in properties ? name : undefined;
};

/** Which sequence checks a resource can be put through. */
const SEQUENCE_APPLIES: Partial<Record<CheckId, (r: Resource) => boolean>> = {
  lifecycle: (r) => Boolean(r.operations.create && r.operations.list && r.operations.delete && r.listKey),
  timestamps: (r) => Boolean(uniqueParameter(r) && responds(r.operations.create, 'date_created')),
  // Pages are followed by `meta` (Twilio's v1/v2 lists); the 2010 API's lists page differently.
  pagination: (r) => Boolean(r.operations.create && r.operations.list && r.listKey && responds(r.operations.list, 'meta')),
  conflict: (r) => Boolean(r.operations.create && r.operations.list && uniqueParameter(r)),
  concurrency: (r) => Boolean(r.operations.create && r.operations.list && uniqueParameter(r)),
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

const inShard = (runtime: ConformanceRuntime, shardKey: string, test = shardKey): boolean =>
  (!runtime.shard || hashString(shardKey) % runtime.shard.count === runtime.shard.index - 1) && (!runtime.tests || runtime.tests.includes(test));

/**
 * Why a resource cannot run, known before anything is sent: its spec has no base URL, or a parent
 * fixture is missing that nothing in its spec can stand in for. (Parents that can be made are made when
 * the run starts; one the target refuses skips its resource then: provideParents.)
 */
export function resourceSkip(runtime: Pick<ConformanceRuntime, 'target' | 'readOnly'>, resource: Resource, resources: readonly Resource[]): string | undefined {
  const spec = resource.specId;
  if (baseUrlFor(runtime.target, spec) === undefined) return `no base URL for spec ${spec}`;
  return unmadeParent(resources, runtime.target.fixtures, runtime.readOnly, resource);
}

/** The tests of a run, in spec → resource → operation → check order. */
export function planSuite(index: Pick<SpecIndex, 'resources'>, runtime: ConformanceRuntime): PlannedTest[] {
  const tests: PlannedTest[] = [];
  for (const resource of index.resources) {
    const skipResource = resourceSkip(runtime, resource, index.resources);
    for (const operation of Object.values(resource.operations)) {
      if (!isSelected(runtime, operation, resource)) continue;
      for (const check of runtime.checks) {
        const applies = APPLIES[check];
        if (!applies?.(operation)) continue;
        if (!inShard(runtime, `${resource.specId} ${operation.operationId} ${check}`)) continue;
        const skip =
          skipResource ?? unsendable(resource, operation) ?? (runtime.readOnly && writes(operation) ? 'left out by --read-only (the operation writes)' : undefined);
        tests.push({ spec: resource.specId, resource, subject: operation.operationId, operation, check, ...(skip ? { skip } : {}) });
      }
    }
    if (!sequencesSelected(runtime, resource)) continue;
    const subject = sequenceSubject(resource);
    for (const check of runtime.checks) {
      if (!sequenceApplies(runtime, check, resource)) continue;
      // A resource's sequence checks share one shard: no_server_error judges the sequences the others send.
      if (!inShard(runtime, `${resource.specId} ${subject}`, `${resource.specId} ${subject} ${check}`)) continue;
      const skip = skipResource ?? sequencesUnsendable(resource) ?? (runtime.readOnly ? 'left out by --read-only (sequences create and delete)' : undefined);
      tests.push({ spec: resource.specId, resource, subject, check, ...(skip ? { skip } : {}) });
    }
  }
  return tests;
}
