import { resourceRules } from '../../spec/resourceRules.js';
import { snakeCase } from '../../spec/snakeCase.js';
import { ERROR_CODES } from '../twilioError.js';
import type { Fields } from '../types.js';
import type { ResourceBehaviour } from './ResourceBehaviour.js';

const LIST_PATH = '/v1/Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants';
/** Its unique field and aliases are the resource's rules (src/spec/resourceRules.ts), as the suite reads them. */
const RULE = resourceRules(LIST_PATH);

const bindingType = (address: unknown): string | null => {
  if (typeof address !== 'string' || address === '') return null;
  const scheme = /^([a-z]+):/u.exec(address)?.[1];
  return scheme ?? 'sms';
};

/** A binding named by any MessagingBinding.* parameter has all four documented fields. */
function completeBinding(fields: Fields): void {
  const binding = fields.messaging_binding;
  if (binding === null || typeof binding !== 'object') return;
  const sent = binding as Fields;
  fields.messaging_binding = {
    type: bindingType(sent.address),
    address: null,
    proxy_address: null,
    projected_address: null,
    ...sent,
  };
}

/** Conversations v1 Service Participant: unique identity per conversation; `{Sid}` may be the identity on fetch. */
export const conversationParticipant: ResourceBehaviour = {
  listPath: LIST_PATH,
  uniqueField: snakeCase(RULE.uniqueParameter!),
  conflict: {
    code: ERROR_CODES.conversationParticipantExists,
    message: (identity) => `A participant with identity ${identity} already exists in this conversation`,
  },
  aliasKinds: RULE.instanceAlias?.on ?? [],
  defaultRole: true,
  initial: ({ sid, now, ctx }) => ({
    account_sid: ctx.app.state.credentials.accountSid,
    chat_service_sid: ctx.parent.path.ChatServiceSid,
    conversation_sid: ctx.parent.path.ConversationSid,
    sid,
    identity: null,
    attributes: '{}',
    messaging_binding: null,
    role_sid: ctx.parent.defaultRoleSid ?? null,
    date_created: now,
    date_updated: now,
    last_read_message_index: null,
    last_read_timestamp: null,
  }),
  complete: completeBinding,
};
