import { resourceRules } from '../spec/resourceRules.js';
import { snakeCase } from '../spec/snakeCase.js';
import { successStatuses } from '../spec/successStatuses.js';
import { onSharedFields, shownFields } from './support/sharedFields.js';
import { firstFailure } from './support/firstFailure.js';
import { ListReads } from './support/ListReads.js';
import { createdWithoutSidFailure, duplicateAcceptedFailure, fetchedDiffersFailure, listFailure, updateChangedMoreFailure } from './support/lifecycleFailures.js';
import { reprOf, statusOf } from './support/reprOf.js';
import { statusFailure } from './support/statusFailure.js';
import { createTimestampFailure, updateTimestampFailure } from './support/timestampFailure.js';
import type { Failure, SequenceCheck, Step } from './types.js';

type Repr = Record<string, unknown>;

const sentNames = (step: Step): Set<string> => new Set(step.form.map(([name]) => name));

/** An update may change what it sent (by its top-level field) and date_updated, nothing else. */
function updateFailure(step: Step, was: Repr, now: Repr, shown: Set<string>): Failure | undefined {
  const sent = sentNames(step);
  const mayChange = ['date_updated', ...[...sent].map((name) => snakeCase(name).split('.')[0]!)];
  return updateChangedMoreFailure([...sent], mayChange, ...onSharedFields(was, now, shown)) ?? updateTimestampFailure(was, now, sent);
}

/** A second create of the unique value a live resource holds is refused with 409 (`conflict`'s rule, met in the lifecycle). */
function duplicateFailure(step: Step): Failure | undefined {
  const [unique, value] = step.form[0] ?? ['', ''];
  const status = statusOf(step.outcome);
  return duplicateAcceptedFailure(unique, value, status, reprOf(step.outcome).sid) ?? statusFailure(status, [409], 'conflict', `a second create of ${unique}=${JSON.stringify(value)}`);
}

/**
 * The resource behaves as one stored thing (docs/conformance.md `lifecycle`), over the steps of a
 * lifecycle sequence: what its creates made, its updates changed and its deletes removed is what every
 * later fetch and list must show. Its creates and updates also meet the `timestamps` rules.
 */
export const lifecycle: SequenceCheck = {
  id: 'lifecycle',
  judges: 'sequence',
  run({ resource }, steps) {
    const deleteStatuses = resourceRules(resource.listPath).deleteStatuses;
    const live = new Map<string, Repr>();
    const gone: string[] = [];
    const lists = new ListReads(resource.listKey, 'lifecycle');
    const shown = shownFields(resource.operations.list, resource.listKey);
    // A list item is compared with what is known on the fields both document (a create may show a secret once).
    const listed = (items: Repr[]) => {
      const known = [...live].map(([sid, repr]) => ({ sid, repr: onSharedFields(repr, repr, shown)[0] }));
      const compared = items.map((item) => onSharedFields(known.find((k) => k.sid === item.sid)?.repr ?? item, item, shown)[1]);
      return listFailure(compared, known, gone);
    };
    return firstFailure(steps, (step) => {
      const status = statusOf(step.outcome);
      const now = reprOf(step.outcome);
      const sid = step.sid ?? '';
      const was = live.get(sid) ?? {};
      let failure: Failure | undefined;
      switch (step.action) {
        case 'create':
          failure = statusFailure(status, successStatuses(resource.operations.create, 201), 'lifecycle', 'create') ?? createdWithoutSidFailure(now) ?? createTimestampFailure(now, sentNames(step));
          if (!failure) live.set(now.sid, now);
          return failure;
        case 'fetch':
          return statusFailure(status, [200], 'lifecycle', `fetch by ${step.by}`) ?? fetchedDiffersFailure(step.by ?? 'sid', ...onSharedFields(was, now, shownFields(resource.operations.fetch)));
        case 'update':
          failure = statusFailure(status, successStatuses(resource.operations.update, 200), 'lifecycle', 'update') ?? updateFailure(step, was, now, shownFields(resource.operations.update));
          if (!failure) live.set(sid, now);
          return failure;
        case 'delete':
          failure = statusFailure(status, deleteStatuses, 'lifecycle', `delete by ${step.by}`);
          if (failure) return failure;
          live.delete(sid);
          gone.push(sid);
          return undefined;
        case 'fetch after delete':
        case 'delete after delete':
          return statusFailure(status, [404], 'lifecycle', step.action);
        case 'create again':
          return duplicateFailure(step);
        case 'list':
        case 'next page':
          return lists.judge(step, listed);
        default:
          return undefined;
      }
    });
  },
};
