// A request body far over the emulator's limit gets its 413 (with a Twilio error body), and the
// client reads it: the rest of the body is read and discarded, so the socket is not reset under a
// client that is still sending, or that reads its answer late (a busy machine).
import { connect, type Socket } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { readBody } from '../../src/emulator/pipeline/readBody.js';
import { basicAuth } from '../../src/http/basicAuth.js';
import { createHttpClient } from '../../src/http/createHttpClient.js';

const MIB = 1024 * 1024;
let emulator: Emulator;
let members: string;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 11 });
  const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2!;
  members = `/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members`;
});
afterAll(() => emulator.close());

const auth = () => basicAuth({ accountSid: emulator.accountSid, authToken: emulator.authToken });

interface RawReply {
  text: string;
  error: string | undefined;
}

/**
 * Sends `head` and `body` on a raw socket that reads nothing until everything is written and the
 * server has had `lateMs` more to act: a client that reads its answer late.
 */
function lateReader(url: string, head: string, body: Buffer[], lateMs = 600): Promise<RawReply> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let text = '';
    let error: string | undefined;
    socket.pause();
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ text, error }));
    socket.write(head);
    for (const piece of body) socket.write(piece);
    socket.write('', () => setTimeout(() => (socket.resume(), socket.end()), lateMs));
  });
}

const bodyOf = (reply: string): unknown => JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4));
const pieces = (count: number, size: number): Buffer[] => Array.from({ length: count }, () => Buffer.alloc(size, 'a'));

describe('a request body over the limit', () => {
  it('10 MiB with Content-Length, read late by the client: 413 with a Twilio error body, not a reset', async () => {
    const body = [Buffer.from('Identity=big&Attributes='), ...pieces(40, MIB / 4)];
    const length = body.reduce((sum, b) => sum + b.length, 0);
    const head = `POST ${members} HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth()}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\n`;
    const reply = await lateReader(emulator.baseUrl, head, body);
    expect(reply.error).toBeUndefined();
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/u);
    expect(bodyOf(reply.text)).toEqual({ code: 20001, message: 'Request body is larger than 1048576 bytes', more_info: 'https://www.twilio.com/docs/errors/20001', status: 413 });
  });

  it('10 MiB chunked, read late by the client: 413 with a Twilio error body, not a reset', async () => {
    const chunk = (data: Buffer): Buffer => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
    const body = [...pieces(40, MIB / 4).map(chunk), Buffer.from('0\r\n\r\n')];
    const head = `POST ${members} HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth()}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const reply = await lateReader(emulator.baseUrl, head, body);
    expect(reply.error).toBeUndefined();
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/u);
    expect(bodyOf(reply.text)).toMatchObject({ code: 20001, status: 413 });
  });

  it('our undici client reads the 413 of 10 MiB bodies, and the connection serves the next request', async () => {
    const client = createHttpClient({ concurrency: 2 });
    try {
      const headers = { Authorization: auth(), 'Content-Type': 'application/x-www-form-urlencoded' };
      const big = `Identity=big&Attributes=${'a'.repeat(10 * MIB)}`;
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => client.send({ method: 'POST', url: `${emulator.baseUrl}${members}`, headers, body: big })));
      expect(outcomes.map((o) => ('response' in o ? o.response.status : o.code))).toEqual([413, 413, 413, 413]);
      const after = await client.send({ method: 'GET', url: `${emulator.baseUrl}${members}`, headers });
      expect('response' in after ? after.response.status : after.code).toBe(200);
      expect(client.stats.failures).toBe(0);
    } finally {
      await client.close();
    }
  });

  it('the twilio library gets a RestException 413, code 20001', async () => {
    const client = twilio(emulator.accountSid, emulator.authToken);
    client.chat.baseUrl = emulator.baseUrl;
    const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2!;
    const created = client.chat.v2.services(ServiceSid!).channels(ChannelSid!).members.create({ identity: 'big', attributes: 'a'.repeat(10 * MIB) });
    await expect(created).rejects.toMatchObject({ status: 413, code: 20001 });
  });
});

describe('readBody in the emulator', () => {
  let server: Server;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // Limits of 1 KiB kept and 64 KiB discarded, so that the bound shows with small bodies.
    server = createServer((req, res) => {
      void readBody(req, 1024, 64 * 1024).then((result) => {
        seen.push(result.tooLarge ? 'tooLarge' : `ok ${result.bytes.length}`);
        res.writeHead(result.tooLarge ? 413 : 200, { 'content-length': '2' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('keeps a body within the limit', async () => {
    const reply = await lateReader(url, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1024\r\nConnection: close\r\n\r\n', [Buffer.alloc(1024, 'a')], 0);
    expect(reply.text).toMatch(/^HTTP\/1\.1 200 OK\r\n/u);
    expect(seen.at(-1)).toBe('ok 1024');
  });

  it('drops the connection once more than the discard limit has come', async () => {
    const reply = await lateReader(url, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4194304\r\n\r\n', pieces(16, 256 * 1024), 0);
    expect(seen.at(-1)).toBe('tooLarge');
    expect(['ECONNRESET', 'EPIPE']).toContain(reply.error);
  });
});
