import { resourceRules } from '../../spec/resourceRules.js';
import { snakeCase } from '../../spec/snakeCase.js';
import { ERROR_CODES } from '../twilioError.js';
import type { Fields, CoreContext } from '../types.js';
import type { ResourceBehaviour } from './ResourceBehaviour.js';

const LIST_PATH = '/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants';
/** Its unique field and aliases are the resource's rules (src/spec/resourceRules.ts), as the suite reads them. */
const RULE = resourceRules(LIST_PATH);

/** A masked number from the pool: the one named, the one paired with the SID named, or a free one. */
function assignProxyNumber(fields: Fields, ctx: CoreContext): void {
  const pool = ctx.app.state.pool;
  const number = fields.proxy_identifier;
  const sid = fields.proxy_identifier_sid;
  if (typeof number === 'string' && typeof sid === 'string') return;
  const entry =
    typeof number === 'string'
      ? pool.byNumber(number)
      : typeof sid === 'string'
        ? pool.bySid(sid)
        : pool.pick(new Set(ctx.parent.items.all().map((item) => String(item.fields.proxy_identifier))));
  fields.proxy_identifier = entry.number;
  fields.proxy_identifier_sid = entry.sid;
}

/** Proxy v1 Participant: unique identifier per session; no alias; a masked number from the pool. */
export const proxyParticipant: ResourceBehaviour = {
  listPath: LIST_PATH,
  uniqueField: snakeCase(RULE.uniqueParameter!),
  conflict: {
    code: ERROR_CODES.proxyIdentifierInUse,
    message: (identifier) => `Identifier ${identifier} is already a participant of this session`,
  },
  aliasKinds: RULE.instanceAlias?.on ?? [],
  initial: ({ sid, now, ctx }) => ({
    sid,
    session_sid: ctx.parent.path.SessionSid,
    service_sid: ctx.parent.path.ServiceSid,
    account_sid: ctx.app.state.credentials.accountSid,
    friendly_name: null,
    identifier: null,
    proxy_identifier: null,
    proxy_identifier_sid: null,
    date_deleted: null,
    date_created: now,
    date_updated: now,
  }),
  complete: assignProxyNumber,
  links: (url) => ({ message_interactions: `${url}/MessageInteractions` }),
};
