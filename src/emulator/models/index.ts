import { chatMember } from './chatMember.js';
import { conversationParticipant } from './conversationParticipant.js';
import { proxyParticipant } from './proxyParticipant.js';
import type { ResourceModel } from './ResourceModel.js';

export type { NewItem, ResourceModel } from './ResourceModel.js';

/** The resources the emulator implements. */
export const MODELS: readonly ResourceModel[] = [chatMember, conversationParticipant, proxyParticipant];
