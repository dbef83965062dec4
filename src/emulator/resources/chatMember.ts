import { resourceRules } from '../../spec/resourceRules.js';
import { snakeCase } from '../../spec/snakeCase.js';
import { ERROR_CODES } from '../twilioError.js';
import type { ResourceBehaviour } from './ResourceBehaviour.js';

const LIST_PATH = '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members';
/** Its unique field and aliases are the resource's rules (src/spec/resourceRules.ts), as the suite reads them. */
const RULE = resourceRules(LIST_PATH);

/** Chat v2 Member: unique identity per channel; `{Sid}` may be the identity on fetch, update and delete. */
export const chatMember: ResourceBehaviour = {
  listPath: LIST_PATH,
  uniqueField: snakeCase(RULE.uniqueParameter!),
  conflict: { code: ERROR_CODES.chatMemberExists, message: (identity) => `Member already exists: ${identity}` },
  aliasKinds: RULE.instanceAlias?.on ?? [],
  defaultRole: true,
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
