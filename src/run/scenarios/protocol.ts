import type { RequestCase } from '../../generate/types.js';
import { PLACEHOLDER, addressedSid, baseCase, onInstance, record, recordUnansweredList, type OperationRun, writes } from '../operationRun.js';
import { fetchAddressed } from './fetchAddressed.js';
import { protocolProbes } from './protocolProbes.js';

/**
 * Requests malformed below the level of parameters (protocolProbes.ts): each must get a 4xx with a
 * Twilio error body (405 for an undocumented method), never a 5xx or no answer. Judged as negative
 * cases; one at a time, and a write between two reads of the list (and of the resource it addresses).
 */
export async function protocolScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  const base = baseCase(run, 'protocol');
  for (const probe of protocolProbes(operation, resource)) {
    let requestCase: RequestCase = { ...base, breaks: probe.breaks };
    const idParam = resource.idParam;
    const sid = idParam && onInstance(operation) && requestCase.path[idParam] === PLACEHOLDER ? await addressedSid(run) : undefined;
    if (idParam && onInstance(operation)) {
      if (sid === undefined) continue; // nothing to address (its setup create failed)
      requestCase = { ...requestCase, path: { ...requestCase.path, [idParam]: sid } };
    }
    const request = probe.rewrite(session.request(requestCase), requestCase);
    // --read-only sends nothing that could write, an undocumented PUT on a read path included.
    if (session.runtime.readOnly && request.method !== 'GET') continue;
    const bracket = writes(operation) && run.checks.includes('negative_rejection');
    const listBefore = bracket ? await session.setup.listAll(resource) : undefined;
    const resourceBefore = bracket ? await fetchAddressed(run, sid) : undefined;
    const outcome = await session.transport.send(request);
    const listAfter = bracket ? await session.setup.listAll(resource) : undefined;
    const resourceAfter = bracket ? await fetchAddressed(run, sid) : undefined;
    recordUnansweredList(run, 'negative', requestCase);
    session.created.noteCreate(resource, operation, outcome);
    record(run, 'negative', requestCase, outcome, {
      ...(listBefore && listAfter ? { listBefore, listAfter } : {}),
      ...(resourceBefore !== undefined && resourceAfter !== undefined ? { resourceBefore, resourceAfter } : {}),
    });
  }
}
