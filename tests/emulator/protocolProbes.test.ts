import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/http/buildRequest.js';
import { createHttpClient } from '../../src/http/createHttpClient.js';
import type { Exchange, HttpClient } from '../../src/http/types.js';
import { protocolProbes } from '../../src/run/scenarios/protocolProbes.js';
import { Api, projectSpecs, schemaIssues, startApi } from './api.js';

// #11 point 8: the protocol-level probes the run sends (malformed percent-encoding in the path and in a
// form body, JSON where a form is documented, an undocumented method, an unknown path, an oversized
// body), each against the real emulator: a 4xx with a Twilio error body, 405 and 404 where named.
let api: Api;
let client: HttpClient;
const live: Record<string, string> = {};
const EXPECTED: Record<string, number> = { 'encoding path': 400, 'encoding body': 400, media_type: 415, method: 405, path: 404, size: 413 };

beforeAll(async () => {
  api = await startApi({ seed: 12 });
  client = createHttpClient({ timeoutMs: 60_000 });
  live.chat_v2 = (await api.post(api.chat(), { Identity: 'alice' })).json.sid;
  live.conversations_v1 = (await api.post(api.conversations(), { Identity: 'alice' })).json.sid;
  live.proxy_v1 = (await api.post(api.proxy(), { Identifier: '+15550000001' })).json.sid;
});
afterAll(async () => {
  await client.close();
  await api.emulator.close();
});

const index = await projectSpecs();
const cases = index.resources.flatMap((resource) =>
  Object.values(resource.operations).flatMap((operation) =>
    protocolProbes(operation!, resource).map((probe) => [`${operation!.operationId}: ${probe.breaks.description}`, resource, operation!, probe] as const),
  ),
);

describe('protocol probes against the emulator', () => {
  it('cover every kind on every resource', () => {
    const kinds = (specId: string) => new Set(cases.filter(([, r]) => r.specId === specId).map(([, , , p]) => `${p.breaks.rule} ${p.breaks.location}`));
    for (const specId of ['chat_v2', 'conversations_v1', 'proxy_v1']) {
      expect([...kinds(specId)].sort()).toEqual(['encoding body', 'encoding path', 'media_type body', 'method path', 'path path', 'size body']);
    }
  });

  it.each(cases)('%s', async (_name, resource, operation, probe) => {
    const before = await api.listAll(api.chat(), 'members');
    const fixtures = api.fixtures[resource.specId]!;
    const path = { ...fixtures, ...(resource.idParam ? { [resource.idParam]: live[resource.specId]! } : {}) };
    const form: [string, string][] | undefined = operation.requestBody ? [['Attributes', '{"probe":true}']] : undefined;
    const requestCase = { operation, path, query: [], headers: {}, ...(form ? { form } : {}) };
    const request = probe.rewrite(buildRequest(requestCase, { baseUrl: api.emulator.baseUrl, auth: { accountSid: api.emulator.accountSid, authToken: api.emulator.authToken } }), requestCase);
    const outcome = await client.send(request);
    expect('response' in outcome, JSON.stringify(outcome)).toBe(true);
    const { response } = outcome as Exchange;
    const key = probe.breaks.rule === 'encoding' ? `encoding ${probe.breaks.location}` : probe.breaks.rule;
    expect(response.status, response.body).toBe(EXPECTED[key]);
    if (probe.breaks.status !== undefined) expect(response.status).toBe(probe.breaks.status);
    expect(response.json).toMatchObject({ status: response.status, code: expect.any(Number) });
    expect(await schemaIssues('CreateMember', 400, response.json)).toEqual([]);
    expect(await api.listAll(api.chat(), 'members')).toEqual(before);
  });
});
