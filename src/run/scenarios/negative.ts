import { invalidCases } from '../../generate/invalidCases.js';
import type { RequestCase } from '../../generate/types.js';
import { PLACEHOLDER, addressedSid, baseCase, onInstance, record, recordUnansweredList, type OperationRun, writes } from '../operationRun.js';

/**
 * Requests that break one documented rule each (derived from the schemas and labelled with the rule),
 * sent one by one; a write is bracketed by two reads of the list, so that "changes nothing" is checked.
 */
export async function negativeScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  const idParam = resource.idParam;
  const base = baseCase(run, 'negative');
  let snapshot: unknown[] | undefined;
  for (const mutated of invalidCases(operation, base)) {
    let requestCase: RequestCase = mutated;
    if (idParam && onInstance(operation) && mutated.path[idParam] === PLACEHOLDER) {
      const sid = await addressedSid(run);
      if (operation.kind === 'delete') snapshot = undefined; // a fresh resource was just made: read the list again
      if (sid === undefined) continue;
      requestCase = { ...mutated, path: { ...mutated.path, [idParam]: sid } };
    }
    const bracket = writes(operation) && run.checks.includes('negative_rejection');
    // Cases follow each other with nothing in between: one case's "after" is the next one's "before".
    const listBefore = bracket ? (snapshot ??= await session.listAll(resource)) : undefined;
    const outcome = await session.send(session.request(requestCase));
    const listAfter = bracket ? (snapshot = await session.listAll(resource)) : undefined;
    recordUnansweredList(run, 'negative', requestCase);
    record(run, 'negative', requestCase, outcome, {
      ...(listBefore && listAfter ? { listBefore, listAfter } : {}),
    });
    session.noteCreate(resource, operation, outcome);
  }
}
