import type { RequestCase } from '../../generate/types.js';
import type { Parameter } from '../../spec/types.js';
import { ANY_SID, prefixOfPattern } from '../../spec/sids.js';
import { PLACEHOLDER, baseCase, sendAndRecord, type OperationRun } from '../operationRun.js';
import { prng } from '../../prng.js';
import { unknownSid } from '../unknownSid.js';

/** The SID prefix a path parameter takes: from its pattern, its fixture, or the resource's own. */
function prefixFor(run: OperationRun, param: Parameter): string | undefined {
  const fromPattern = prefixOfPattern(typeof param.schema === 'object' ? param.schema.pattern : undefined);
  if (fromPattern) return fromPattern;
  if (param.name === run.resource.idParam) return run.resource.sidPrefix;
  const fixture = run.fixtures[param.name];
  return fixture && ANY_SID.test(fixture) ? fixture.slice(0, 2) : undefined;
}

/** For each path parameter in turn, a well-formed SID that names nothing: 404 with code 20404. */
export async function notFoundScenario(run: OperationRun): Promise<void> {
  const { session, operation, resource } = run;
  const random = prng(session.seedFor(operation, 'not_found'));
  const base = baseCase(run, 'not_found');
  const cases: RequestCase[] = [];
  for (const param of operation.parameters.path) {
    const prefix = prefixFor(run, param);
    if (!prefix) continue;
    const sid = unknownSid(prefix, random);
    const requestCase: RequestCase = {
      ...base,
      path: { ...base.path, [param.name]: sid },
      breaks: { rule: 'pattern', location: 'path', name: param.name, description: `${param.name} ${sid} does not exist` },
    };
    if (resource.idParam && requestCase.path[resource.idParam] === PLACEHOLDER) {
      requestCase.path[resource.idParam] = unknownSid(resource.sidPrefix ?? prefix, random);
    }
    cases.push(requestCase);
  }
  // Independent requests (an unknown SID changes nothing): they go out together, judged in order.
  await sendAndRecord(run, 'not_found', cases);
}
