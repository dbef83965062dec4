import { ERROR_CODES } from '../twilioError.js';
import type { ResourceModel } from './ResourceModel.js';

/** Chat v2 Member: unique identity per channel; `{Sid}` may be the identity on fetch, update and delete. */
export const chatMember: ResourceModel = {
  specId: 'chat_v2',
  uniqueField: 'identity',
  conflict: { code: ERROR_CODES.chatMemberExists, message: (identity) => `Member already exists: ${identity}` },
  aliasKinds: ['fetch', 'update', 'delete'],
  initial: ({ sid, now, ctx }) => ({
    sid,
    account_sid: ctx.app.state.credentials.accountSid,
    channel_sid: ctx.parent.path.ChannelSid,
    service_sid: ctx.parent.path.ServiceSid,
    identity: null,
    date_created: now,
    date_updated: now,
    role_sid: ctx.parent.defaultRoleSid ?? null,
    last_consumed_message_index: null,
    last_consumption_timestamp: null,
    attributes: '{}',
  }),
};
