import { createSidMinter } from './createSidMinter.js';
import { ProxyPool } from './ProxyPool.js';
import type { EmulatorState, Seed } from '../types.js';

export const CHANNEL_UNIQUE_NAME = 'general';
const POOL_SIZE = 5;

/**
 * The account, the parents the fixtures name (a Chat channel, a conversation, a Proxy session, each
 * under its service), their services' default roles and the Proxy number pool. With a seed every SID
 * and the token are the same on every start.
 */
export function createState(seed?: number): EmulatorState {
  const { mint, hex, issued } = createSidMinter(seed);
  const credentials = { accountSid: mint('AC'), authToken: hex(32) };

  const chat = { ServiceSid: mint('IS'), ChannelSid: mint('CH'), role: mint('RL') };
  const conversations = { ChatServiceSid: mint('IS'), ConversationSid: mint('CH'), role: mint('RL') };
  const proxy = { ServiceSid: mint('KS'), SessionSid: mint('KC') };
  const numbers = Array.from({ length: POOL_SIZE }, (_, index) => ({
    number: `+1555${String(1_000_001 + index).padStart(7, '0')}`,
    sid: mint('PN'),
  }));
  const named = { friendly_name: 'apiconform fixture' };
  const seeds: Seed[] = [
    {
      specId: 'chat_v2',
      levels: [
        { shape: '/v2/Services/{}', sid: chat.ServiceSid, fields: named },
        { shape: '/v2/Services/{}/Channels/{}', sid: chat.ChannelSid, fields: { ...named, unique_name: CHANNEL_UNIQUE_NAME } },
      ],
    },
    {
      specId: 'conversations_v1',
      levels: [
        { shape: '/v1/Services/{}', sid: conversations.ChatServiceSid, fields: named },
        { shape: '/v1/Services/{}/Conversations/{}', sid: conversations.ConversationSid, fields: named },
      ],
    },
    {
      specId: 'proxy_v1',
      levels: [
        { shape: '/v1/Services/{}', sid: proxy.ServiceSid, fields: { unique_name: 'apiconform fixture' } },
        { shape: '/v1/Services/{}/Sessions/{}', sid: proxy.SessionSid, fields: { unique_name: 'apiconform fixture' } },
      ],
    },
    {
      levels: [{ shape: '/2010-04-01/Accounts/{}', sid: credentials.accountSid, fields: { friendly_name: 'apiconform', status: 'active', type: 'Full' } }],
    },
  ];
  return {
    credentials,
    fixtures: {
      chat_v2: { ServiceSid: chat.ServiceSid, ChannelSid: chat.ChannelSid, ChannelUniqueName: CHANNEL_UNIQUE_NAME },
      conversations_v1: { ChatServiceSid: conversations.ChatServiceSid, ConversationSid: conversations.ConversationSid },
      proxy_v1: { ServiceSid: proxy.ServiceSid, SessionSid: proxy.SessionSid },
    },
    seeds,
    defaultRoles: new Map([
      [chat.ServiceSid, chat.role],
      [conversations.ChatServiceSid, conversations.role],
    ]),
    pool: new ProxyPool(numbers, mint),
    mintSid: mint,
    issued,
  };
}
