import type { RequestCase } from '../../generate/types.js';
import type { Credentials } from '../../target.js';
import { addressedSid, baseCase, onInstance, record, recordUnansweredList, type OperationRun, writes } from '../operationRun.js';
import { prng } from '../../prng.js';
import { unknownSid } from '../unknownSid.js';

/** Missing credentials, a wrong token, an unknown account: 401 / 20003, and nothing changed. */
export async function authScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  if (operation.security.length === 0) return;
  const random = prng(session.seedFor(operation, 'auth'));
  const real = session.runtime.target.auth;
  const variants: { description: string; auth: Credentials | null }[] = [
    { description: 'no credentials were sent', auth: null },
    { description: 'the auth token is wrong', auth: { accountSid: real.accountSid, authToken: unknownSid('', random) } },
    { description: 'the account does not exist', auth: { accountSid: unknownSid('AC', random), authToken: real.authToken } },
  ];
  const base = baseCase(run, 'auth');
  let snapshot: unknown[] | undefined;
  for (const variant of variants) {
    let requestCase: RequestCase = {
      ...base,
      breaks: { rule: 'required', location: 'header', name: 'Authorization', description: variant.description },
    };
    if (resource.idParam && onInstance(operation)) {
      const sid = await addressedSid(run);
      if (operation.kind === 'delete') snapshot = undefined; // a fresh resource was just made: read the list again
      if (sid === undefined) continue;
      requestCase = { ...requestCase, path: { ...requestCase.path, [resource.idParam]: sid } };
    }
    const bracket = writes(operation) && run.checks.includes('auth');
    const listBefore = bracket ? (snapshot ??= await session.setup.listAll(resource)) : undefined;
    const outcome = await session.transport.send(session.request(requestCase, variant.auth));
    const listAfter = bracket ? (snapshot = await session.setup.listAll(resource)) : undefined;
    recordUnansweredList(run, 'auth', requestCase);
    record(run, 'auth', requestCase, outcome, { ...(listBefore && listAfter ? { listBefore, listAfter } : {}) });
    session.created.noteCreate(resource, operation, outcome);
  }
}
