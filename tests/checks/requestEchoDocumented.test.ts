// request_echo on Twilio's own files (issue 15): a parameter is compared only where the response
// documents its field, as the response documents it: a Credential's secrets are sent and never shown;
// Sandbox=true is shown as the string "true"; the members of a free-form `configuration` object are
// compared as text; an array item by item; a value the documented field's enum cannot hold gets no verdict.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoedParameters, requestEcho } from '../../src/checks/requestEcho.js';
import type { CheckContext } from '../../src/checks/types.js';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { SpecIndex } from '../../src/spec/types.js';
import { exchangeOf } from './support/answer.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe.skipIf(!hasTwilioOai)("request_echo on Twilio's chat_v2 and conversations_v1 files", () => {
  let index: SpecIndex;
  beforeAll(async () => {
    index = await loadSpecs(['chat_v2', 'conversations_v1', 'verify_v2', 'serverless_v1'].map((name) => path.join(TWILIO_OAI, `twilio_${name}.json`)), { compile: false });
  });
  const operation = (spec: string, operationId: string) => index.operations.find((op) => op.specId === spec && op.operationId === operationId)!;
  const echoed = (operationId: string) => echoedParameters(operation('chat_v2', operationId));
  /** The failures' messages request_echo gives for this create and answer. */
  const judge = (spec: string, operationId: string, form: [string, string][], json: Record<string, unknown>): string[] => {
    const op = operation(spec, operationId);
    const resource = index.resources.find((r) => Object.values(r.operations).includes(op))!;
    const ctx: CheckContext = {
      scenario: 'positive',
      operation: op,
      resource,
      case: { operation: op, path: {}, query: [], headers: {}, form },
      accountSid: `AC${'0'.repeat(32)}`,
      fixtures: {},
    };
    return requestEcho.run(ctx, exchangeOf({ status: 201, json })).map((failure) => failure.message);
  };

  it('leaves out what the response does not document (a credential is never shown back)', () => {
    expect(echoed('CreateCredential')).toEqual(['Type', 'FriendlyName', 'Sandbox']);
    expect(judge('chat_v2', 'CreateCredential', [['Type', 'apn'], ['Secret', 's3cret']], { type: 'apn' })).toEqual([]);
  });

  it('keeps dotted names under a documented object', () => {
    expect(echoed('UpdateService')).toContain('Notifications.NewMessage.Enabled');
    expect(echoed('UpdateService')).toContain('Limits.ChannelMembers');
  });

  it('reads a value as the response documents its field: Sandbox=true may be the string "true"', () => {
    expect(judge('chat_v2', 'CreateCredential', [['Type', 'apn'], ['Sandbox', 'true']], { type: 'apn', sandbox: 'true' })).toEqual([]);
    expect(judge('chat_v2', 'CreateCredential', [['Type', 'apn'], ['Sandbox', 'true']], { type: 'apn', sandbox: 'false' })).toEqual([
      'sent Sandbox="true", but sandbox is "false"',
    ]);
  });

  it('compares the members of a free-form object as text, and an array item by item', () => {
    const webhook = (configuration: Record<string, unknown>) => ({ target: 'webhook', configuration });
    const form: [string, string][] = [['Target', 'webhook'], ['Configuration.ReplayAfter', '0'], ['Configuration.Filters', 'onMessageAdded'], ['Configuration.Filters', 'onMessageRemoved']];
    expect(judge('conversations_v1', 'CreateConversationScopedWebhook', form, webhook({ replay_after: 0, filters: ['onMessageAdded', 'onMessageRemoved'] }))).toEqual([]);
    expect(judge('conversations_v1', 'CreateConversationScopedWebhook', form, webhook({ replay_after: '0', filters: ['onMessageAdded', 'onMessageRemoved'] }))).toEqual([]);
    expect(judge('conversations_v1', 'CreateConversationScopedWebhook', form, webhook({ replay_after: 1, filters: 'onMessageRemoved' }))).toEqual([
      'sent Configuration.ReplayAfter="0", but configuration.replay_after is 1',
      'sent Configuration.Filters="onMessageAdded","onMessageRemoved", but configuration.filters is "onMessageRemoved"',
    ]);
  });

  it('gives no verdict on a value the documented field cannot hold (Method="" where method is GET or POST)', () => {
    expect(judge('conversations_v1', 'UpdateConfigurationWebhook', [['Method', '']], { method: 'GET' })).toEqual([]);
    expect(judge('conversations_v1', 'UpdateConfigurationWebhook', [['Method', 'POST']], { method: 'GET' })).toEqual(['sent Method="POST", but method is "GET"']);
  });

  it("gives no verdict on text the documented field's format refuses (any WebhookUrl text, where webhook_url is a uri)", () => {
    const form = (url: string): [string, string][] => [['FriendlyName', 'hook'], ['EventTypes', '*'], ['WebhookUrl', url]];
    expect(judge('verify_v2', 'CreateWebhook', form('~1l.e'), { friendly_name: 'hook', event_types: ['*'], webhook_url: null })).toEqual([]);
    expect(judge('verify_v2', 'CreateWebhook', form('https://example.com/a'), { friendly_name: 'hook', event_types: ['*'], webhook_url: 'https://example.com/b' })).toEqual([
      'sent WebhookUrl="https://example.com/a", but webhook_url is "https://example.com/b"',
    ]);
  });

  it('gives no verdict on a parameter sent as text whose field is documented as an array (a Build\'s Dependencies)', () => {
    expect(judge('serverless_v1', 'CreateBuild', [['Dependencies', '']], { dependencies: [''] })).toEqual([]);
    expect(judge('serverless_v1', 'CreateBuild', [['Dependencies', '{"a":"1"}']], { dependencies: null })).toEqual([]);
  });
});
