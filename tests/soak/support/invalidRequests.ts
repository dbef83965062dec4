import fc from 'fast-check';
import { invalidCases, uniqueTag, validCase } from '../../../src/generate/index.js';
import { buildRequest, type HttpRequest } from '../../../src/http/index.js';
import type { SpecIndex } from '../../../src/spec/index.js';
import type { Emulator } from '../../../src/emulator/index.js';

/**
 * Every negative case the generator derives for every operation of the specs, built as HTTP requests
 * to the emulator (an instance operation addresses a well-formed SID that names nothing, so that no
 * case can touch a real item). Each breaks one documented rule: the answer must be a 4xx.
 */
export function invalidRequests(index: SpecIndex, emulator: Emulator): (HttpRequest & { label: string })[] {
  const unique = uniqueTag('soak');
  const requests: (HttpRequest & { label: string })[] = [];
  for (const resource of index.resources) {
    for (const operation of Object.values(resource.operations)) {
      const ids = resource.idParam && operation.parameters.path.some((p) => p.name === resource.idParam)
        ? { [resource.idParam]: `${resource.sidPrefix ?? 'XX'}${'0'.repeat(32)}` }
        : {};
      const [base] = fc.sample(validCase(operation, emulator.fixtures[operation.specId] ?? {}, { ids, unique }), { seed: 5, numRuns: 1 });
      for (const broken of invalidCases(operation, base!)) {
        const request = buildRequest(broken, { baseUrl: emulator.baseUrl, auth: { accountSid: emulator.accountSid, authToken: emulator.authToken } });
        requests.push({ ...request, label: `${operation.operationId}: ${broken.breaks!.description}` });
      }
    }
  }
  return [...requests, ...unknownAndUnauthorized(index, emulator)];
}

/**
 * By hand: an unknown SID on every instance operation (404), and every operation with no credentials
 * and with a wrong token (401). A create refused this way must create nothing.
 */
function unknownAndUnauthorized(index: SpecIndex, emulator: Emulator): (HttpRequest & { label: string })[] {
  const requests: (HttpRequest & { label: string })[] = [];
  const wrongToken = { accountSid: emulator.accountSid, authToken: 'f'.repeat(32) };
  for (const resource of index.resources) {
    const parents = Object.fromEntries(resource.parentParams.map((name) => [name, emulator.fixtures[resource.specId]?.[name] ?? '']));
    for (const operation of Object.values(resource.operations)) {
      const path = resource.idParam && operation.parameters.path.some((p) => p.name === resource.idParam)
        ? { ...parents, [resource.idParam]: `${resource.sidPrefix ?? 'XX'}${'f'.repeat(32)}` }
        : parents;
      const form: [string, string][] | undefined = operation.method === 'POST' ? [[resource.specId === 'proxy_v1' ? 'Identifier' : 'Identity', 'soak-refused']] : undefined;
      const base = { operation, path, query: [], headers: {}, ...(form ? { form } : {}) };
      const own = buildRequest(base, { baseUrl: emulator.baseUrl, auth: { accountSid: emulator.accountSid, authToken: emulator.authToken } });
      if (path !== parents) requests.push({ ...own, label: `${operation.operationId}: unknown ${resource.idParam}` });
      const wrong = buildRequest(base, { baseUrl: emulator.baseUrl, auth: wrongToken });
      requests.push({ ...wrong, label: `${operation.operationId}: wrong token` });
      const { Authorization: _dropped, ...anonymous } = wrong.headers;
      requests.push({ ...wrong, headers: anonymous, label: `${operation.operationId}: no credentials` });
    }
  }
  return requests;
}
