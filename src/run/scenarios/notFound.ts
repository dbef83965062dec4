import type { RequestCase } from '../../generate/types.js';
import type { Parameter } from '../../spec/types.js';
import { ANY_SID, prefixesOfPattern } from '../../spec/sids.js';
import { PLACEHOLDER, baseCase, sendAndRecord, type OperationRun } from '../operationRun.js';
import { prng } from '../../prng.js';
import { unknownSid } from '../unknownSid.js';

/**
 * The SID prefix a path parameter takes: from its pattern (the first of `^(SM|MM)…`), its fixture, or,
 * for a SID-named id, the resource's own. None for a parameter that is no SID (a phone number, a
 * country code): an unknown one of those is not a SID that names nothing.
 */
function prefixFor(run: OperationRun, param: Parameter): string | undefined {
  const pattern = typeof param.schema === 'object' ? param.schema.pattern : undefined;
  if (pattern !== undefined) return prefixesOfPattern(pattern)[0];
  if (param.name === run.resource.idParam) return /sid$/iu.test(param.name) ? run.resource.sidPrefix : undefined;
  const fixture = run.fixtures[param.name];
  return fixture && ANY_SID.test(fixture) ? fixture.slice(0, 2) : undefined;
}

/** The caller's own account (`{AccountSid}` of the 2010 API): another one is an authorization matter, not a missing resource. */
const isCallersAccount = (run: OperationRun, param: Parameter): boolean =>
  param.name !== run.resource.idParam && run.fixtures[param.name] === run.session.runtime.target.auth.accountSid;

/** For each path parameter in turn, a well-formed SID that names nothing: 404 with code 20404. */
export async function notFoundScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  const random = prng(session.seedFor(operation, 'not_found'));
  const base = baseCase(run, 'not_found');
  const cases: RequestCase[] = [];
  const idParam = operation.parameters.path.find((param) => param.name === resource.idParam);
  for (const param of operation.parameters.path) {
    const prefix = prefixFor(run, param);
    if (!prefix || isCallersAccount(run, param)) continue;
    const sid = unknownSid(prefix, random);
    const requestCase: RequestCase = {
      ...base,
      path: { ...base.path, [param.name]: sid },
      breaks: { rule: 'pattern', location: 'path', name: param.name, description: `${param.name} ${sid} does not exist` },
    };
    if (idParam && requestCase.path[idParam.name] === PLACEHOLDER) {
      // The instance must be well-formed too, or the answer is about its form, not the missing parent.
      const idPrefix = prefixFor(run, idParam);
      if (!idPrefix) continue;
      requestCase.path[idParam.name] = unknownSid(idPrefix, random);
    }
    cases.push(requestCase);
  }
  // Independent requests (an unknown SID changes nothing): they go out together, judged in order.
  await sendAndRecord(run, 'not_found', cases);
}
