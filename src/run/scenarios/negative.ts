import fc from 'fast-check';
import { invalidCases } from '../../generate/invalidCases.js';
import { validCase } from '../../generate/validCase.js';
import type { RequestCase } from '../../generate/types.js';
import { onInstance, record, recordUnansweredList, writes, type OperationRun } from '../operationRun.js';

/** The resource a negative case addresses: a fresh one when the request could delete it. */
async function addressed(run: OperationRun): Promise<string | undefined> {
  return run.operation.kind === 'delete' ? run.session.createOne(run.resource) : run.session.poolResource(run.resource);
}

/**
 * Requests that break one documented rule each (derived from the schemas and labelled with the rule),
 * sent one by one; a write is bracketed by two reads of the list, so that "changes nothing" is checked.
 */
export async function negativeScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  const idParam = resource.idParam;
  const ids = idParam && onInstance(operation) ? { [idParam]: 'placeholder' } : {};
  const [base] = fc.sample(validCase(operation, run.fixtures, { ids, unique: session.uniqueFor(resource) }), {
    seed: session.seedFor(operation, 'negative'),
    numRuns: 1,
  });
  let snapshot: unknown[] | undefined;
  for (const mutated of invalidCases(operation, base!)) {
    let requestCase: RequestCase = mutated;
    if (idParam && onInstance(operation) && mutated.path[idParam] === 'placeholder') {
      const sid = await addressed(run);
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
