import type { OperationKind } from './types.js';

/**
 * What the documentation promises when a parameter is left out of a create (docs/conformance.md
 * `defaults`). A rule applies when the response documents its field and the request did not send
 * `unlessSent`.
 */
export type DefaultExpectation = { equals: unknown } | { sidPrefix: string } | { notNull: true };

export interface DefaultRule {
  field: string;
  unlessSent: string;
  expect: DefaultExpectation;
}

/**
 * What docs/conformance.md says of a resource in prose rather than schema, as data: where it may be
 * addressed by something other than its SID, which create parameter must be unique (409), the
 * defaults of a create, and the statuses a delete may answer.
 */
export interface ResourceRule {
  /** The instance's `{Sid}` may be this field's value, on these operations. */
  instanceAlias?: { field: string; on: OperationKind[] };
  /** Parent path parameter → the fixture key that holds its alias (`ChannelSid` → `ChannelUniqueName`). */
  parentAliases?: Record<string, string>;
  /** The create parameter whose value may exist once per parent (`Identity`, `Identifier`). */
  uniqueParameter?: string;
  /** In the order they are judged (and reported). */
  defaults: readonly DefaultRule[];
  /** What a successful delete may answer. */
  deleteStatuses: readonly number[];
}

const nullUnlessSent = (field: string, unlessSent: string): DefaultRule => ({ field, unlessSent, expect: { equals: null } });
const ATTRIBUTES: DefaultRule = { field: 'attributes', unlessSent: 'Attributes', expect: { equals: '{}' } };
const READ_STATE = [
  nullUnlessSent('last_consumed_message_index', 'LastConsumedMessageIndex'),
  nullUnlessSent('last_consumption_timestamp', 'LastConsumptionTimestamp'),
  nullUnlessSent('last_read_message_index', 'LastReadMessageIndex'),
  nullUnlessSent('last_read_timestamp', 'LastReadTimestamp'),
];

/** The defaults of the Twilio resources the table names, unless a rule says otherwise. */
const TWILIO_DEFAULTS: readonly DefaultRule[] = [ATTRIBUTES, ...READ_STATE];

/**
 * The rules of a resource the table does not name: none of Twilio's prose (its defaults are stated per
 * resource, and a resource nobody read the page of gets none), a delete that answers 200 or 204.
 */
export const ANY_RESOURCE: ResourceRule = { defaults: [], deleteStatuses: [200, 204] };

/** By list path template; parameter names do not matter (`{Sid}` and `{MemberSid}` match). */
const RULES: Record<string, Partial<ResourceRule>> = {
  '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members': {
    instanceAlias: { field: 'identity', on: ['fetch', 'update', 'delete'] },
    parentAliases: { ChannelSid: 'ChannelUniqueName' },
    uniqueParameter: 'Identity',
    defaults: [ATTRIBUTES, { field: 'role_sid', unlessSent: 'RoleSid', expect: { sidPrefix: 'RL' } }, ...READ_STATE],
  },
  '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants': {
    instanceAlias: { field: 'identity', on: ['fetch'] },
    uniqueParameter: 'Identity',
  },
  '/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants': {
    uniqueParameter: 'Identifier',
    defaults: [
      ...TWILIO_DEFAULTS,
      { field: 'proxy_identifier', unlessSent: 'ProxyIdentifier', expect: { notNull: true } },
      { field: 'proxy_identifier_sid', unlessSent: 'ProxyIdentifierSid', expect: { notNull: true } },
    ],
  },
};

/** A path template with its parameter names left out: `/v2/Services/{}/Channels/{}/Members`. */
export const pathShape = (template: string): string => template.replace(/\{[^}]*\}/gu, '{}');

const BY_SHAPE = new Map(Object.entries(RULES).map(([template, rule]) => [pathShape(template), { ...ANY_RESOURCE, defaults: TWILIO_DEFAULTS, ...rule }]));

/** The rules of the resource at this list path (bundled spec or Twilio's own file alike). */
export const resourceRules = (listPath: string): ResourceRule => BY_SHAPE.get(pathShape(listPath)) ?? ANY_RESOURCE;
