import { invalidCases } from '../../generate/invalidCases.js';
import type { RequestCase } from '../../generate/types.js';
import { PLACEHOLDER, addressedSid, baseCase, onInstance, record, recordUnansweredList, sendAndRecord, type OperationRun, writes } from '../operationRun.js';
import { fetchAddressed } from './fetchAddressed.js';

/**
 * Requests that break one documented rule each (derived from the schemas and labelled with the rule).
 * A write goes one at a time, bracketed by reads of the list (and of the resource it addresses), so
 * that "changes nothing" is checked; reads cannot change anything and go out together. An update's
 * cases carry a valid value for every other parameter it documents, so that a target that applies
 * the valid part of a refused update shows it.
 */
export async function negativeScenario(run: OperationRun): Promise<void> {
  const { operation } = run;
  const cases = invalidCases(operation, baseCase(run, 'negative', { everyBodyField: operation.kind === 'update' }));
  if (writes(operation) && run.checks.includes('negative_rejection')) {
    await bracketedWrites(run, cases);
    return;
  }
  const addressed = (await Promise.all(cases.map((c) => address(run, c)))).flatMap((c) => (c ? [c.requestCase] : []));
  await sendAndRecord(run, 'negative', addressed);
}

/** The case with a real resource in place of the placeholder id, and that resource's SID (none could be had: undefined). */
async function address(run: OperationRun, mutated: RequestCase): Promise<{ requestCase: RequestCase; sid?: string } | undefined> {
  const idParam = run.resource.idParam;
  if (!idParam || !onInstance(run.operation) || mutated.path[idParam] !== PLACEHOLDER) return { requestCase: mutated };
  const sid = await addressedSid(run);
  return sid === undefined ? undefined : { requestCase: { ...mutated, path: { ...mutated.path, [idParam]: sid } }, sid };
}

async function bracketedWrites(run: OperationRun, cases: readonly RequestCase[]): Promise<void> {
  const { session, operation, resource } = run;
  let snapshot: unknown[] | undefined;
  let fetched: { sid: string; resource: unknown } | undefined;
  for (const mutated of cases) {
    const addressed = await address(run, mutated);
    if (operation.kind === 'delete') snapshot = undefined; // a fresh resource was just made: read the list again
    if (!addressed) continue;
    const { requestCase, sid } = addressed;
    // Cases follow each other with nothing in between: one case's "after" is the next one's "before".
    const listBefore = (snapshot ??= await session.setup.listAll(resource));
    const resourceBefore = sid === undefined ? undefined : fetched?.sid === sid ? fetched.resource : await fetchAddressed(run, sid);
    const outcome = await session.transport.send(session.request(requestCase));
    const listAfter = (snapshot = await session.setup.listAll(resource));
    const resourceAfter = sid === undefined ? undefined : await fetchAddressed(run, sid);
    fetched = sid === undefined ? undefined : { sid, resource: resourceAfter };
    recordUnansweredList(run, 'negative', requestCase);
    record(run, 'negative', requestCase, outcome, {
      ...(listBefore && listAfter ? { listBefore, listAfter } : {}),
      ...(resourceBefore !== undefined && resourceAfter !== undefined ? { resourceBefore, resourceAfter } : {}),
    });
    session.created.noteCreate(resource, operation, outcome);
  }
}
