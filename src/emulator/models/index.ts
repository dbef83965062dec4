import { chatMember } from './chatMember.js';
import { conversationParticipant } from './conversationParticipant.js';
import { proxyParticipant } from './proxyParticipant.js';
import type { ResourceModel } from './ResourceModel.js';

export type { NewItem, ResourceModel } from './ResourceModel.js';

/** The resources the emulator implements, by spec id. */
export const MODELS: Record<string, ResourceModel> = {
  chat_v2: chatMember,
  conversations_v1: conversationParticipant,
  proxy_v1: proxyParticipant,
};
