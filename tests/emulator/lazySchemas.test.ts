import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { fixture } from '../helpers/runCli.js';
import { Api } from './api.js';

// Schemas are compiled on first use, so that all of Twilio's descriptions start in seconds: a schema
// that cannot compile shows on the request that needs it, as a 400 that names the operation.
let api: Api;
beforeAll(async () => {
  api = new Api(await startEmulator({ specs: [fixture('specs/bad-pattern.yaml')], seed: 3 }));
});
afterAll(() => api.emulator.close());

describe('a description with a schema that does not compile', () => {
  it('starts, and answers the operation that needs the schema with a 400, not a 500', async () => {
    expect(api.emulator.baseUrls).toEqual({ 'bad-pattern': `${api.emulator.baseUrl}/bad-pattern` });
    const reply = await api.get(`/v1/Things/TH${'0'.repeat(32)}`);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ code: 20001, status: 400 });
    expect(reply.json.message).toMatch(/^FetchThing cannot be judged: its description has a schema that does not compile \(Invalid regular expression/u);
    expect((await api.get('/v1/Nothing')).status).toBe(404);
  });
});
