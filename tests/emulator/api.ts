import { request } from 'undici';
import { expect } from 'vitest';
import { compileSchema, loadSpecs, type SpecIndex } from '../../src/spec/index.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { ROOT } from '../helpers/runCli.js';
import path from 'node:path';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: any;
}

export type Form = readonly (readonly [string, string])[] | Record<string, string>;

export interface SendOptions {
  form?: Form;
  /** A raw body, sent as is (with `headers` saying its type). */
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** `null`: no Authorization header; a pair: those credentials. Default: the emulator's own. */
  auth?: null | { user: string; password: string };
}

export const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const encodeForm = (form: Form): string =>
  new URLSearchParams((Array.isArray(form) ? form : Object.entries(form)) as [string, string][]).toString();

/** A tiny client for one emulator: paths relative to its base URL, its credentials by default. */
export class Api {
  constructor(readonly emulator: Emulator) {}

  get fixtures() {
    return this.emulator.fixtures as Record<string, Record<string, string>>;
  }

  /** The list path of a resource: chat (by channel SID or unique name), conversations, proxy. */
  chat(channel = this.fixtures.chat_v2!.ChannelSid!, service = this.fixtures.chat_v2!.ServiceSid!): string {
    return `/v2/Services/${service}/Channels/${encodeURIComponent(channel)}/Members`;
  }

  conversations(conversation = this.fixtures.conversations_v1!.ConversationSid!, service = this.fixtures.conversations_v1!.ChatServiceSid!): string {
    return `/v1/Services/${service}/Conversations/${conversation}/Participants`;
  }

  proxy(session = this.fixtures.proxy_v1!.SessionSid!, service = this.fixtures.proxy_v1!.ServiceSid!): string {
    return `/v1/Services/${service}/Sessions/${session}/Participants`;
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.auth === undefined ? { user: this.emulator.accountSid, password: this.emulator.authToken } : options.auth;
    if (auth) headers.authorization = basic(auth.user, auth.password);
    let body = options.body;
    if (options.form) {
      body = encodeForm(options.form);
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    const response = await request(this.emulator.baseUrl + path, { method: method as 'GET', headers, ...(body === undefined ? {} : { body }) });
    const text = await response.body.text();
    const flat = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)]));
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.statusCode, headers: flat, text, json };
  }

  post = (path: string, form: Form = {}, options: SendOptions = {}) => this.send('POST', path, { ...options, form });
  get = (path: string, options: SendOptions = {}) => this.send('GET', path, options);
  delete = (path: string, options: SendOptions = {}) => this.send('DELETE', path, options);

  /** Every item of a list, following next_page_url. */
  async listAll(path: string, key: string): Promise<any[]> {
    const items: any[] = [];
    let url: string | null = `${path}?PageSize=100`;
    while (url) {
      const reply = await this.get(url);
      if (reply.status !== 200) throw new Error(`list answered ${reply.status}: ${reply.text}`);
      items.push(...reply.json[key]);
      url = reply.json.meta.next_page_url === null ? null : new URL(reply.json.meta.next_page_url).pathname + new URL(reply.json.meta.next_page_url).search;
    }
    return items;
  }
}

/** Starts an emulator and a client for it; the caller closes it. */
export async function startApi(options: EmulatorOptions = {}): Promise<Api> {
  return new Api(await startEmulator(options));
}

let specs: Promise<SpecIndex> | undefined;
export const projectSpecs = (): Promise<SpecIndex> => (specs ??= loadSpecs(path.join(ROOT, 'specs')));

/** Issues of a body against the documented schema of an operation's response with that status. */
export async function schemaIssues(operationId: string, status: number, body: unknown): Promise<string[]> {
  const index = await projectSpecs();
  const operation = index.operations.find((candidate) => candidate.operationId === operationId);
  const response = operation?.responses.find((candidate) => candidate.status === String(status));
  if (!operation || !response?.schema) throw new Error(`no documented ${status} body for ${operationId}`);
  return compileSchema(response.schema)(body).map((issue) => `${issue.pointer} ${issue.message}`);
}

/** Asserts a Twilio error answer: the status, the code, JSON, and the documented error shape. */
export async function expectTwilioError(reply: Reply, status: number, code?: number): Promise<void> {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(reply.json.status).toBe(status);
  if (code !== undefined) expect(reply.json.code).toBe(code);
  expect(reply.json.more_info).toBe(`https://www.twilio.com/docs/errors/${reply.json.code}`);
  expect(typeof reply.json.message).toBe('string');
  expect(await schemaIssues('CreateMember', 400, reply.json)).toEqual([]);
}

export const SID = (prefix: string): RegExp => new RegExp(`^${prefix}[0-9a-f]{32}$`, 'u');
