/**
 * What the documentation promises when a parameter is left out of a create (docs/conformance.md `defaults`).
 * A rule applies when the response documents its field and the request did not send `unlessSent`.
 */
export type DefaultExpectation = { equals: unknown } | { sidPrefix: string } | { notNull: true };

export interface DefaultRule {
  field: string;
  unlessSent: string;
  expect: DefaultExpectation;
  /** Only for these specs; every spec when absent. */
  specs?: string[];
}

export const DEFAULT_RULES: DefaultRule[] = [
  { field: 'attributes', unlessSent: 'Attributes', expect: { equals: '{}' } },
  { field: 'role_sid', unlessSent: 'RoleSid', expect: { sidPrefix: 'RL' }, specs: ['chat_v2'] },
  { field: 'last_consumed_message_index', unlessSent: 'LastConsumedMessageIndex', expect: { equals: null } },
  { field: 'last_consumption_timestamp', unlessSent: 'LastConsumptionTimestamp', expect: { equals: null } },
  { field: 'last_read_message_index', unlessSent: 'LastReadMessageIndex', expect: { equals: null } },
  { field: 'last_read_timestamp', unlessSent: 'LastReadTimestamp', expect: { equals: null } },
  { field: 'proxy_identifier', unlessSent: 'ProxyIdentifier', expect: { notNull: true }, specs: ['proxy_v1'] },
  { field: 'proxy_identifier_sid', unlessSent: 'ProxyIdentifierSid', expect: { notNull: true }, specs: ['proxy_v1'] },
];
