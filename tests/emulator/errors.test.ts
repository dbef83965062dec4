import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/emulator/index.js';
import { expectTwilioError, startApi, type Api } from './api.js';

let api: Api;
const HEX = 'abcdef0123456789'.repeat(2);
const snapshot = async () => [
  await api.listAll(api.chat(), 'members'),
  await api.listAll(api.conversations(), 'participants'),
  await api.listAll(api.proxy(), 'participants'),
];

beforeAll(async () => {
  api = await startApi({ seed: 9 });
  await api.post(api.chat(), { Identity: 'alice' });
  await api.post(api.conversations(), { Identity: 'alice' });
  await api.post(api.proxy(), { Identifier: '+15550000001' });
});
afterAll(() => api.emulator.close());

/** What the emulator answers on a raw socket (for requests no HTTP client would send), until it closes. */
function rawExchange(write: (socket: Socket) => void): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(new URL(api.emulator.baseUrl).port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    write(socket);
  });
}

describe('auth: 401 with code 20003, and nothing changes', () => {
  const credentials = [
    { name: 'no credentials', auth: () => null },
    { name: 'a wrong token', auth: () => ({ user: api.emulator.accountSid, password: '0'.repeat(32) }) },
    { name: 'an unknown account', auth: () => ({ user: `AC${HEX}`, password: api.emulator.authToken }) },
    { name: 'an empty password', auth: () => ({ user: api.emulator.accountSid, password: '' }) },
  ];
  const requests: { method: string; path: () => string; form?: Record<string, string> }[] = [
    { method: 'POST', path: () => api.chat(), form: { Identity: 'mallory' } },
    { method: 'POST', path: () => `${api.chat()}/alice`, form: { Attributes: '{"x":1}' } },
    { method: 'DELETE', path: () => `${api.conversations()}/alice` },
    { method: 'DELETE', path: () => `${api.chat()}/alice` },
    { method: 'GET', path: () => api.proxy() },
  ];
  it.each(credentials)('$name', async ({ auth }) => {
    const before = await snapshot();
    for (const { method, path, form } of requests) {
      const reply = await api.send(method, path(), { auth: auth(), ...(form ? { form } : {}) });
      await expectTwilioError(reply, 401, 20003);
      expect(reply.headers['www-authenticate']).toBe('Basic realm="Twilio API"');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('checks credentials before anything else (an unknown path without credentials is a 401)', async () => {
    await expectTwilioError(await api.get('/v9/Nothing', { auth: null }), 401, 20003);
    await expectTwilioError(await api.send('GET', api.chat(), { headers: { authorization: 'Bearer abc' }, auth: null }), 401, 20003);
  });
});

describe('not_found: 404 with code 20404', () => {
  const cases = [
    { name: 'unknown Chat service', path: () => `/v2/Services/IS${HEX}/Channels/general/Members` },
    { name: 'unknown Chat channel SID', path: () => api.chat(`CH${HEX}`) },
    { name: 'unknown Chat channel unique name', path: () => api.chat('random') },
    { name: 'unknown Chat member SID', path: () => `${api.chat()}/MB${HEX}` },
    { name: 'unknown Chat member identity', path: () => `${api.chat()}/bob` },
    { name: 'unknown Conversations service', path: () => api.conversations(undefined, `IS${HEX}`) },
    { name: 'unknown conversation', path: () => api.conversations(`CH${HEX}`) },
    { name: 'unknown participant', path: () => `${api.conversations()}/MB${HEX}` },
    { name: 'unknown Proxy service', path: () => api.proxy(undefined, `KS${HEX}`) },
    { name: 'unknown Proxy session', path: () => api.proxy(`KC${HEX}`) },
    { name: 'unknown Proxy participant', path: () => `${api.proxy()}/KP${HEX}` },
    { name: 'unknown path', path: () => '/v2/Services' },
    { name: 'trailing slash', path: () => `${api.chat()}/` },
    { name: 'the root', path: () => '/' },
  ];
  it.each(cases)('$name', async ({ path }) => {
    await expectTwilioError(await api.get(path()), 404, 20404);
  });

  it('create, update and delete under unknown parents answer 404 and create nothing', async () => {
    const before = await snapshot();
    await expectTwilioError(await api.post(api.chat(`CH${HEX}`), { Identity: 'x' }), 404, 20404);
    await expectTwilioError(await api.post(api.proxy(`KC${HEX}`), { Identifier: 'x' }), 404, 20404);
    await expectTwilioError(await api.post(`${api.conversations()}/MB${HEX}`, { Attributes: '{}' }), 404, 20404);
    await expectTwilioError(await api.delete(`${api.proxy()}/KP${HEX}`), 404, 20404);
    expect(await snapshot()).toEqual(before);
  });
});

describe('conflict: 409, and nothing is created', () => {
  it.each<{ name: string; path: () => string; form: Record<string, string>; code: number }>([
    { name: 'Chat identity', path: () => api.chat(), form: { Identity: 'alice' }, code: 50404 },
    { name: 'Chat identity, channel by unique name', path: () => api.chat('general'), form: { Identity: 'alice' }, code: 50404 },
    { name: 'Conversations identity', path: () => api.conversations(), form: { Identity: 'alice' }, code: 50433 },
    { name: 'Proxy identifier', path: () => api.proxy(), form: { Identifier: '+15550000001' }, code: 80103 },
  ])('$name', async ({ path, form, code }) => {
    const before = await snapshot();
    await expectTwilioError(await api.post(path(), form), 409, code);
    expect(await snapshot()).toEqual(before);
  });
});

describe('transport-level errors', () => {
  it('405 with an Allow header for a method the path does not have', async () => {
    const put = await api.send('PUT', api.chat(), { form: { Identity: 'x' } });
    await expectTwilioError(put, 405, 20004);
    expect(put.headers.allow).toBe('GET, POST');
    const patch = await api.send('PATCH', `${api.proxy()}/KP${HEX}`);
    await expectTwilioError(patch, 405, 20004);
    expect(patch.headers.allow).toBe('DELETE, GET');
    await expectTwilioError(await api.post(`${api.proxy()}/KP${HEX}`, { Identifier: 'x' }), 405, 20004);
  });

  it('400 for malformed percent-encoding in the path, the query and the body', async () => {
    await expectTwilioError(await api.get(`${api.chat()}/al%zzice`), 400, 20001);
    await expectTwilioError(await api.get(`${api.chat()}?PageSize=%`), 400, 20001);
    await expectTwilioError(await api.get(`${api.chat()}/%C3%28`), 400, 20001);
    const before = await snapshot();
    await expectTwilioError(await api.send('POST', api.chat(), { body: 'Identity=bad%2', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 20001);
    await expectTwilioError(await api.send('POST', api.chat(), { body: 'Identity=%FF', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 20001);
    expect(await snapshot()).toEqual(before);
  });

  it('415 for a body that is not form-encoded, 400 for form text that is JSON', async () => {
    const before = await snapshot();
    const json = await api.send('POST', api.chat(), { body: '{"Identity":"jason"}', headers: { 'content-type': 'application/json' } });
    await expectTwilioError(json, 415, 20001);
    expect(json.json.message).toContain('application/x-www-form-urlencoded');
    await expectTwilioError(await api.send('POST', api.chat(), { body: 'Identity=x', headers: { 'content-type': 'text/plain' } }), 415, 20001);
    await expectTwilioError(await api.send('POST', api.chat(), { body: '{"Identity":"jason"}', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 20001);
    expect(await snapshot()).toEqual(before);
  });

  it(`413 for a 10 MB body, answered before it is kept, and the server stays healthy`, async () => {
    const reply = await api.send('POST', api.chat(), { form: { Identity: 'big', Attributes: `"${'a'.repeat(10 * 1024 * 1024)}"` } });
    await expectTwilioError(reply, 413, 20001);
    expect(reply.json.message).toBe(`Request body is larger than ${BODY_LIMIT} bytes`);
    // The rest of the body is read and discarded (tests/http/bigRequestBody.test.ts), so the connection stays usable.
    expect(reply.headers.connection).toBe('keep-alive');
    expect((await api.get(`${api.chat()}/big`)).status).toBe(404);
    expect((await api.get(`${api.chat()}/alice`)).status).toBe(200);
  });

  it('413 for a chunked body that grows past the limit', async () => {
    const reply = await rawExchange((socket) => {
      const auth = Buffer.from(`${api.emulator.accountSid}:${api.emulator.authToken}`).toString('base64');
      socket.write(`POST ${api.chat()} HTTP/1.1\r\nHost: x\r\nAuthorization: Basic ${auth}\r\nTransfer-Encoding: chunked\r\n\r\n`);
      const chunk = 'a'.repeat(256 * 1024);
      for (let i = 0; i < 5; i += 1) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/u);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 20001, status: 413 });
    expect((await api.get(`${api.chat()}/alice`)).status).toBe(200);
  });

  it('a request line Node cannot parse still gets a Twilio error body', async () => {
    const reply = await rawExchange((socket) => socket.write('GET /v2 HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n'));
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/u);
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 20001, status: 400 });
  });

  it('never answered with a 5xx', () => {
    expect(Object.keys(api.emulator.stats.responsesByStatus).filter((status) => status >= '500')).toEqual([]);
  });
});
