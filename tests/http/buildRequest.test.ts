import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestCase } from '../../src/generate/types.js';
import { buildRequest } from '../../src/http/buildRequest.js';
import { createHttpClient } from '../../src/http/createHttpClient.js';
import type { Exchange } from '../../src/http/types.js';
import type { Operation } from '../../src/spec/types.js';
import { readAll, startServer, type TestServer } from './startServer.js';

const auth = { accountSid: `AC${'a'.repeat(32)}`, authToken: 'tok3n-s3cret' };

const operation = (method: Operation['method'], path: string): Operation =>
  ({ method, path, specId: 'chat_v2', operationId: 'Op', parameters: { path: [], query: [], header: [], cookie: [] } }) as unknown as Operation;

const create = operation('POST', '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members');
const fetchOne = operation('GET', '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}');
const HOSTILE = 'a&b=c+d%e/f#g?h i😀ß';

const createCase: RequestCase = {
  operation: create,
  path: { ServiceSid: 'IS1', ChannelSid: 'my/chan nel' },
  query: [],
  headers: { 'X-Twilio-Webhook-Enabled': 'true' },
  form: [
    ['Identity', HOSTILE],
    ['MessagingBinding.Address', '+15558675310'],
    ['Attributes', '{"a":"&=+"}'],
    ['Empty', ''],
  ],
};

describe('buildRequest', () => {
  it('fills the path with percent-encoded segments under the base URL prefix', () => {
    const request = buildRequest(
      { operation: fetchOne, path: { ServiceSid: 'IS1', ChannelSid: 'a/b?c#d%e', Sid: '..' }, query: [], headers: {} },
      { baseUrl: 'http://host:1234/twilio/', auth },
    );
    expect(request.method).toBe('GET');
    expect(request.url).toBe('http://host:1234/twilio/v2/Services/IS1/Channels/a%2Fb%3Fc%23d%25e/Members/%2E%2E');
    expect(request.body).toBeUndefined();
    expect(request.headers['Content-Type']).toBeUndefined();
  });

  it('repeats a query key per value', () => {
    const list = operation('GET', '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members');
    const request = buildRequest(
      { operation: list, path: { ServiceSid: 'IS1', ChannelSid: 'CH1' }, query: [['Identity', 'a b'], ['Identity', 'c&d'], ['PageSize', '5']], headers: {} },
      { baseUrl: 'http://host', auth },
    );
    expect(request.url).toBe('http://host/v2/Services/IS1/Channels/CH1/Members?Identity=a+b&Identity=c%26d&PageSize=5');
  });

  it('sends Basic auth, JSON accept, the user agent and the case headers', () => {
    const request = buildRequest(createCase, { baseUrl: 'http://host', auth });
    expect(request.headers).toEqual({
      Authorization: `Basic ${Buffer.from(`${auth.accountSid}:${auth.authToken}`).toString('base64')}`,
      Accept: 'application/json',
      'User-Agent': 'apiconform/0.1.0',
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Webhook-Enabled': 'true',
    });
    expect(request.body).toBe(
      'Identity=a%26b%3Dc%2Bd%25e%2Ff%23g%3Fh+i%F0%9F%98%80%C3%9F&MessagingBinding.Address=%2B15558675310&Attributes=%7B%22a%22%3A%22%26%3D%2B%22%7D&Empty=',
    );
  });
});

describe('buildRequest on the wire (a real server)', () => {
  let server: TestServer;
  const seen: { url: string; headers: Record<string, unknown>; body: string }[] = [];
  const client = createHttpClient({ timeoutMs: 5000 });

  beforeAll(async () => {
    server = await startServer(async (req, res) => {
      seen.push({ url: req.url!, headers: req.headers, body: await readAll(req) });
      res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('the server reads back exactly the pairs, the segments and the credentials', async () => {
    const outcome = (await client.send(buildRequest(createCase, { baseUrl: `${server.url}/twilio`, auth }))) as Exchange;
    expect(outcome.response.status).toBe(201);
    const got = seen.at(-1)!;
    expect(got.url).toBe('/twilio/v2/Services/IS1/Channels/my%2Fchan%20nel/Members');
    expect(decodeURIComponent(got.url.split('/')[6]!)).toBe('my/chan nel');
    expect([...new URLSearchParams(got.body)]).toEqual(createCase.form);
    expect(got.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(got.headers['x-twilio-webhook-enabled']).toBe('true');
    expect(got.headers['user-agent']).toBe('apiconform/0.1.0');
    const basic = String(got.headers.authorization).replace(/^Basic /u, '');
    expect(Buffer.from(basic, 'base64').toString()).toBe(`${auth.accountSid}:${auth.authToken}`);
  });

  it('the server reads repeated query keys back as a list', async () => {
    const list = operation('GET', '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members');
    const query: [string, string][] = [['Identity', HOSTILE], ['Identity', '🦄 x'], ['PageSize', '2']];
    await client.send(buildRequest({ operation: list, path: { ServiceSid: 'IS1', ChannelSid: 'CH1' }, query, headers: {} }, { baseUrl: server.url, auth }));
    const params = new URL(seen.at(-1)!.url, server.url).searchParams;
    expect(params.getAll('Identity')).toEqual([HOSTILE, '🦄 x']);
    expect(params.get('PageSize')).toBe('2');
  });
});
