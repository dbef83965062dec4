import { Collection } from './Collection.js';
import { createSidMinter } from './createSidMinter.js';
import { ProxyPool } from './ProxyPool.js';
import type { EmulatorState, Parent } from '../types.js';

export const CHANNEL_UNIQUE_NAME = 'general';
const POOL_SIZE = 5;

/**
 * The account, the parents the fixtures name (a Chat channel, a conversation, a Proxy session) and
 * the Proxy number pool. With a seed every SID and the token are the same on every start.
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

  const parents: Parent[] = [
    {
      specId: 'chat_v2',
      path: { ServiceSid: chat.ServiceSid, ChannelSid: chat.ChannelSid },
      names: { ServiceSid: [chat.ServiceSid], ChannelSid: [chat.ChannelSid, CHANNEL_UNIQUE_NAME] },
      defaultRoleSid: chat.role,
      items: new Collection(),
    },
    {
      specId: 'conversations_v1',
      path: { ChatServiceSid: conversations.ChatServiceSid, ConversationSid: conversations.ConversationSid },
      names: { ChatServiceSid: [conversations.ChatServiceSid], ConversationSid: [conversations.ConversationSid] },
      defaultRoleSid: conversations.role,
      items: new Collection(),
    },
    {
      specId: 'proxy_v1',
      path: { ServiceSid: proxy.ServiceSid, SessionSid: proxy.SessionSid },
      names: { ServiceSid: [proxy.ServiceSid], SessionSid: [proxy.SessionSid] },
      items: new Collection(),
    },
  ];
  return {
    credentials,
    fixtures: {
      chat_v2: { ServiceSid: chat.ServiceSid, ChannelSid: chat.ChannelSid, ChannelUniqueName: CHANNEL_UNIQUE_NAME },
      conversations_v1: { ChatServiceSid: conversations.ChatServiceSid, ConversationSid: conversations.ConversationSid },
      proxy_v1: { ServiceSid: proxy.ServiceSid, SessionSid: proxy.SessionSid },
    },
    parents,
    pool: new ProxyPool(numbers, mint),
    mintSid: mint,
    issued,
  };
}
