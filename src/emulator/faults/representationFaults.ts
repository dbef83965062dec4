import { snakeCase } from '../../spec/snakeCase.js';
import type { EmulatorResponse } from '../types.js';
import type { Fault } from './Fault.js';

const OTHER_ACCOUNT_SID = `AC${'f'.repeat(32)}`;
const isSuccessWithBody = (response: EmulatorResponse): boolean => response.status < 300 && response.body !== undefined;

/** What an answer says about itself: its status, type, schema and SIDs. */
export const representationFaults = [
  {
    name: 'create_returns_200',
    description: 'a successful create answers 200 instead of 201',
    check: 'status_code',
    hooks: { respond: (r, ctx) => (ctx.route?.operation.kind === 'create' && r.status === 201 ? { ...r, status: 200 } : r) },
  },
  {
    name: 'delete_returns_200',
    description: 'Chat and Conversations deletes answer 200 (empty body) instead of 204',
    check: 'status_code',
    hooks: {
      respond: (r, ctx) =>
        ctx.route?.operation.kind === 'delete' && ctx.route.resource.specId !== 'proxy_v1' && r.status === 204 ? { ...r, status: 200 } : r,
    },
  },
  {
    name: 'text_plain_content_type',
    description: 'success bodies (still JSON text) are labelled text/plain',
    check: 'content_type',
    hooks: { respond: (r) => (isSuccessWithBody(r) ? { ...r, headers: { ...r.headers, 'content-type': 'text/plain; charset=utf-8' } } : r) },
  },
  {
    name: 'missing_url_property',
    description: 'resource representations leave out the documented url property',
    check: 'response_schema',
    hooks: { represent: ({ url: _url, ...body }) => body },
  },
  {
    name: 'wrong_sid_prefix',
    description: 'new members and participants get SIDs that start with MX',
    check: 'sid_pattern',
    hooks: { sid: (sid) => `MX${sid.slice(2)}` },
  },
  {
    name: 'wrong_account_sid',
    description: 'account_sid is a well-formed SID of another account',
    check: 'sid_consistency',
    hooks: { represent: (body) => ({ ...body, account_sid: OTHER_ACCOUNT_SID }) },
  },
  {
    name: 'wrong_chat_service_sid',
    description: "Conversations participants name the Chat fixture's service as their chat_service_sid",
    check: 'sid_consistency',
    hooks: {
      represent: (body, _item, ctx) =>
        'chat_service_sid' in body ? { ...body, chat_service_sid: ctx.app.state.fixtures.chat_v2!.ServiceSid } : body,
    },
  },
  {
    name: 'parent_sid_is_alias',
    description: 'a path that names the Chat channel by unique name gets channel_sid equal to that name',
    check: 'sid_consistency',
    hooks: {
      represent: (body, _item, ctx) => {
        const aliased = ctx.route.resource.parentParams.filter((param) => ctx.params[param] !== ctx.parent.path[param]);
        return aliased.length === 0 ? body : { ...body, ...Object.fromEntries(aliased.map((param) => [snakeCase(param), ctx.params[param]])) };
      },
    },
  },
] as const satisfies readonly Fault[];
