import { ACCOUNT, FIXTURES, SID, type SpecId } from './subjects.js';

/** Representations the bundled schemas accept, under the test fixtures; cases override single fields. */
type Body = Record<string, unknown>;

const CHAT = `https://chat.twilio.com/v2/Services/${FIXTURES.chat_v2!.ServiceSid}/Channels/${FIXTURES.chat_v2!.ChannelSid}/Members`;
const CONVERSATIONS = `https://conversations.twilio.com/v1/Services/${FIXTURES.conversations_v1!.ChatServiceSid}/Conversations/${FIXTURES.conversations_v1!.ConversationSid}/Participants`;
const PROXY = `https://proxy.twilio.com/v1/Services/${FIXTURES.proxy_v1!.ServiceSid}/Sessions/${FIXTURES.proxy_v1!.SessionSid}/Participants`;
const ROLE = `RL${'7'.repeat(32)}`;
const NUMBER = `PN${'8'.repeat(32)}`;
const WHEN = '2016-03-24T21:05:50Z';

export const LIST_URL: Record<SpecId, string> = { chat_v2: CHAT, conversations_v1: CONVERSATIONS, proxy_v1: PROXY };

export const chatMember = (fields: Body = {}): Body => ({
  sid: SID.chat_v2,
  account_sid: ACCOUNT,
  channel_sid: FIXTURES.chat_v2!.ChannelSid,
  service_sid: FIXTURES.chat_v2!.ServiceSid,
  identity: 'jing',
  role_sid: ROLE,
  last_consumed_message_index: null,
  last_consumption_timestamp: null,
  date_created: WHEN,
  date_updated: WHEN,
  attributes: '{}',
  url: `${CHAT}/${(fields.sid as string | undefined) ?? SID.chat_v2}`,
  ...fields,
});

export const conversationsParticipant = (fields: Body = {}): Body => ({
  account_sid: ACCOUNT,
  chat_service_sid: FIXTURES.conversations_v1!.ChatServiceSid,
  conversation_sid: FIXTURES.conversations_v1!.ConversationSid,
  sid: SID.conversations_v1,
  identity: 'alice',
  attributes: '{}',
  messaging_binding: null,
  role_sid: ROLE,
  date_created: WHEN,
  date_updated: WHEN,
  url: `${CONVERSATIONS}/${(fields.sid as string | undefined) ?? SID.conversations_v1}`,
  last_read_message_index: null,
  last_read_timestamp: null,
  ...fields,
});

export function proxyParticipant(fields: Body = {}): Body {
  const url = `${PROXY}/${(fields.sid as string | undefined) ?? SID.proxy_v1}`;
  return {
    sid: SID.proxy_v1,
    url,
    links: { message_interactions: `${url}/MessageInteractions` },
    identifier: '+14155551212',
    account_sid: ACCOUNT,
    service_sid: FIXTURES.proxy_v1!.ServiceSid,
    session_sid: FIXTURES.proxy_v1!.SessionSid,
    date_created: WHEN,
    date_deleted: null,
    date_updated: WHEN,
    friendly_name: null,
    proxy_identifier: '+14155559999',
    proxy_identifier_sid: NUMBER,
    ...fields,
  };
}

/** One page of a list: `meta` as a conforming target writes it; cases override its fields. */
export function listPage(specId: SpecId, items: Body[], meta: Body = {}): Body {
  const key = specId === 'chat_v2' ? 'members' : 'participants';
  const page = (meta.page as number | undefined) ?? 0;
  const size = (meta.page_size as number | undefined) ?? 50;
  const at = (n: number) => `${LIST_URL[specId]}?PageSize=${size}&Page=${n}`;
  return {
    [key]: items,
    meta: {
      first_page_url: at(0),
      key,
      next_page_url: null,
      page,
      page_size: size,
      previous_page_url: page === 0 ? null : at(page - 1),
      url: at(page),
      ...meta,
    },
  };
}

/** Twilio's error body. */
export const twilioError = (status: number, code: number, fields: Body = {}): Body => ({
  code,
  message: 'The requested resource was not found',
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
  ...fields,
});
