import { invalidCases } from '../../generate/invalidCases.js';
import type { RequestCase } from '../../generate/types.js';
import { PLACEHOLDER, addressedSid, baseCase, onInstance, record, recordUnansweredList, sendAndRecord, type OperationRun, writes } from '../operationRun.js';

/**
 * Requests that break one documented rule each (derived from the schemas and labelled with the rule).
 * A write goes one at a time, bracketed by reads of the list, so that "changes nothing" is checked;
 * reads cannot change anything and go out together.
 */
export async function negativeScenario(run: OperationRun): Promise<void> {
  const { operation } = run;
  const cases = invalidCases(operation, baseCase(run, 'negative'));
  if (writes(operation) && run.checks.includes('negative_rejection')) {
    await bracketedWrites(run, cases);
    return;
  }
  const addressed = (await Promise.all(cases.map((c) => address(run, c)))).filter((c): c is RequestCase => c !== undefined);
  await sendAndRecord(run, 'negative', addressed);
}

/** The case with a real resource in place of the placeholder id (undefined when none could be had). */
async function address(run: OperationRun, mutated: RequestCase): Promise<RequestCase | undefined> {
  const idParam = run.resource.idParam;
  if (!idParam || !onInstance(run.operation) || mutated.path[idParam] !== PLACEHOLDER) return mutated;
  const sid = await addressedSid(run);
  return sid === undefined ? undefined : { ...mutated, path: { ...mutated.path, [idParam]: sid } };
}

async function bracketedWrites(run: OperationRun, cases: readonly RequestCase[]): Promise<void> {
  const { session, operation, resource } = run;
  let snapshot: unknown[] | undefined;
  for (const mutated of cases) {
    const requestCase = await address(run, mutated);
    if (operation.kind === 'delete') snapshot = undefined; // a fresh resource was just made: read the list again
    if (!requestCase) continue;
    // Cases follow each other with nothing in between: one case's "after" is the next one's "before".
    const listBefore = (snapshot ??= await session.listAll(resource));
    const outcome = await session.send(session.request(requestCase));
    const listAfter = (snapshot = await session.listAll(resource));
    recordUnansweredList(run, 'negative', requestCase);
    record(run, 'negative', requestCase, outcome, {
      ...(listBefore && listAfter ? { listBefore, listAfter } : {}),
    });
    session.noteCreate(resource, operation, outcome);
  }
}
