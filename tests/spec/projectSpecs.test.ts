import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, loadSpecs, type Operation, type SpecIndex } from '../../src/spec/index.js';
import { ROOT } from '../helpers/runCli.js';

let index: SpecIndex;
beforeAll(async () => {
  index = await loadSpecs(path.join(ROOT, 'specs'), { lintExamples: true });
});

const op = (operationId: string, specId: string): Operation => {
  const found = index.operations.find((o) => o.operationId === operationId && o.specId === specId);
  if (!found) throw new Error(`no ${specId} ${operationId}`);
  return found;
};
const statuses = (o: Operation) => o.responses.map((r) => r.status).sort();
const schemaOf = (o: Operation, status: string) => o.responses.find((r) => r.status === status)!.schema!;

const seedMember = {
  sid: 'MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  url: 'https://ip-messaging.twilio.com/v2/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Channels/CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Members/MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  identity: 'jing',
  role_sid: 'RLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  attributes: '{}',
  account_sid: 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  channel_sid: 'CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  service_sid: 'ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  date_created: '2016-03-24T21:05:50Z',
  date_updated: '2016-03-24T21:05:50Z',
  last_consumption_timestamp: null,
  last_consumed_message_index: null,
};

describe('the project specs', () => {
  it('load as three specs with 5, 5 and 4 operations, and lint clean', () => {
    const counts = Object.fromEntries(index.specs.map((s) => [s.id, s.operations.length]));
    expect(counts).toEqual({ chat_v2: 5, conversations_v1: 5, proxy_v1: 4 });
    expect(index.diagnostics).toEqual([]);
  });

  it('document the statuses of every operation', () => {
    const table = Object.fromEntries(index.operations.map((o) => [`${o.specId} ${o.operationId}`, statuses(o)]));
    expect(table).toEqual({
      'chat_v2 CreateMember': ['201', '400', '401', '404', '409'],
      'chat_v2 ListMember': ['200', '400', '401', '404'],
      'chat_v2 FetchMember': ['200', '400', '401', '404'],
      'chat_v2 UpdateMember': ['200', '400', '401', '404'],
      'chat_v2 DeleteMember': ['204', '400', '401', '404'],
      'conversations_v1 CreateServiceConversationParticipant': ['201', '400', '401', '404', '409'],
      'conversations_v1 ListServiceConversationParticipant': ['200', '400', '401', '404'],
      'conversations_v1 FetchServiceConversationParticipant': ['200', '400', '401', '404'],
      'conversations_v1 UpdateServiceConversationParticipant': ['200', '400', '401', '404'],
      'conversations_v1 DeleteServiceConversationParticipant': ['204', '400', '401', '404'],
      'proxy_v1 CreateParticipant': ['201', '400', '401', '404', '409'],
      'proxy_v1 ListParticipant': ['200', '400', '401', '404'],
      'proxy_v1 FetchParticipant': ['200', '400', '401', '404'],
      'proxy_v1 DeleteParticipant': ['200', '204', '400', '401', '404'],
    });
  });

  it('pair the operations into resources with their SID prefix and list key', () => {
    const resources = index.resources.map((r) => [r.specId, r.sidPrefix, r.listKey, r.idParam, Object.keys(r.operations).sort()]);
    expect(resources).toEqual([
      ['chat_v2', 'MB', 'members', 'Sid', ['create', 'delete', 'fetch', 'list', 'update']],
      ['conversations_v1', 'MB', 'participants', 'Sid', ['create', 'delete', 'fetch', 'list', 'update']],
      ['proxy_v1', 'KP', 'participants', 'Sid', ['create', 'delete', 'fetch', 'list']],
    ]);
  });

  it('carry the MB and KP patterns on the resource sid', () => {
    const sidPattern = (o: Operation) => (schemaOf(o, o.kind === 'create' ? '201' : '200') as any).properties.sid;
    expect(sidPattern(op('FetchMember', 'chat_v2'))).toMatchObject({ type: ['string', 'null'], pattern: '^MB[0-9a-fA-F]{32}$', minLength: 34, maxLength: 34 });
    expect(sidPattern(op('CreateServiceConversationParticipant', 'conversations_v1')).pattern).toBe('^MB[0-9a-fA-F]{32}$');
    expect(sidPattern(op('FetchParticipant', 'proxy_v1')).pattern).toBe('^KP[0-9a-fA-F]{32}$');
  });

  it('know the required request parameters', () => {
    const required = (o: Operation) => ({
      path: o.parameters.path.filter((p) => p.required).map((p) => p.name),
      body: ((o.requestBody?.schema as any)?.required ?? []) as string[],
    });
    expect(required(op('CreateMember', 'chat_v2'))).toEqual({ path: ['ServiceSid', 'ChannelSid'], body: ['Identity'] });
    expect(required(op('CreateParticipant', 'proxy_v1'))).toEqual({ path: ['ServiceSid', 'SessionSid'], body: ['Identifier'] });
    expect(required(op('UpdateMember', 'chat_v2'))).toEqual({ path: ['ServiceSid', 'ChannelSid', 'Sid'], body: [] });
    const conversationsBody = op('CreateServiceConversationParticipant', 'conversations_v1').requestBody!.schema as any;
    expect(conversationsBody.anyOf.map((branch: any) => branch.required)).toEqual([['Identity'], ['MessagingBinding.Address']]);
    expect(op('ListMember', 'chat_v2').parameters.query.map((p) => [p.name, p.explode])).toEqual([
      ['Identity', true], ['PageSize', true], ['Page', true], ['PageToken', true],
    ]);
  });
});

describe('the compiled Chat member validator', () => {
  const validate = () => compileSchema(schemaOf(op('CreateMember', 'chat_v2'), '201'));

  it('accepts the seed response example', () => {
    expect(validate()(seedMember)).toEqual([]);
  });

  it('is compiled once: the same schema gives the same validator', () => {
    expect(compileSchema(schemaOf(op('FetchMember', 'chat_v2'), '200'))).toBe(validate());
  });

  it('rejects a sid of the wrong prefix, naming sid', () => {
    expect(validate()({ ...seedMember, sid: 'ME' + 'a'.repeat(32) })).toEqual([
      { pointer: '/sid', keyword: 'pattern', message: 'must match pattern "^MB[0-9a-fA-F]{32}$"' },
    ]);
  });

  it('rejects a body without url, naming url', () => {
    const { url: _url, ...withoutUrl } = seedMember;
    expect(validate()(withoutUrl)).toEqual([{ pointer: '/url', keyword: 'required', message: 'is required but missing' }]);
  });

  it('rejects attributes given as an object, naming attributes', () => {
    const issues = validate()({ ...seedMember, attributes: {} });
    expect(issues.map((i) => [i.pointer, i.keyword])).toEqual([['/attributes', 'type']]);
    expect(issues[0]!.message).toBe('must be string,null');
  });
});
