import { chatMember } from './chatMember.js';
import { conversationParticipant } from './conversationParticipant.js';
import { proxyParticipant } from './proxyParticipant.js';
import type { ResourceBehaviour } from './ResourceBehaviour.js';

export type { NewItem, ResourceBehaviour } from './ResourceBehaviour.js';

/** The resources the emulator implements. */
export const BEHAVIOURS: readonly ResourceBehaviour[] = [chatMember, conversationParticipant, proxyParticipant];
