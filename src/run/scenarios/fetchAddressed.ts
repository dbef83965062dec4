import type { OperationRun } from '../operationRun.js';
import { isExchange } from '../../http/isExchange.js';

/**
 * The resource of that SID as the target shows it now, for "changes nothing" around a refused write;
 * undefined when the resource has no fetch, or the fetch gets no 200 with a JSON object.
 */
export async function fetchAddressed(run: OperationRun, sid: string | undefined): Promise<unknown> {
  const { session, resource } = run;
  const fetch = resource.operations.fetch;
  if (sid === undefined || !fetch || !resource.idParam) return undefined;
  const path = { ...session.parentPath(resource), [resource.idParam]: sid };
  const outcome = await session.transport.send(session.request({ operation: fetch, path, query: [], headers: {} }));
  if (!isExchange(outcome) || outcome.response.status !== 200) return undefined;
  const json = outcome.response.json;
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : undefined;
}
