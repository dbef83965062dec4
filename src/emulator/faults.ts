import type { CheckId } from '../checks/checkIds.js';
import { HarnessError } from '../errors.js';
import { snakeCase } from '../spec/snakeCase.js';
import { emptyListPage } from './emptyListPage.js';
import { partialUpdate } from './handlers/partialUpdate.js';
import type { Hooks } from './hooks.js';
import { formatUtcSeconds, parseRfc3339 } from './toUtcSeconds.js';
import { ERROR_CODES, invalidRequest, notFound, twilioError } from './twilioError.js';
import type { EmulatorRequest, EmulatorResponse, Fields } from './types.js';

/**
 * A deliberate, narrow defect the emulator can be started with, for proving that the conformance
 * suite catches it: `check` is the check id that must fail. Each is a few hooks (hooks.ts) into the
 * otherwise correct pipeline, and leaves everything else as it was.
 */
export interface Fault {
  name: string;
  description: string;
  check: CheckId;
  hooks: Hooks;
}

const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const OTHER_ACCOUNT_SID = `AC${'f'.repeat(32)}`;

const isSuccessWithBody = (response: EmulatorResponse): boolean => response.status < 300 && response.body !== undefined;
const withBody = (response: EmulatorResponse, change: (body: Fields) => Fields): EmulatorResponse =>
  response.status >= 400 && response.body !== undefined ? { ...response, body: change({ ...(response.body as Fields) }) } : response;
const values = (request: EmulatorRequest): string[] => [
  ...request.segments,
  ...[...request.query, ...request.form].flatMap(([name, value]) => [name, value]),
];
const errorMessage = (response: EmulatorResponse): string => String((response.body as { message?: unknown } | undefined)?.message ?? '');
const internalError = (message: string): EmulatorResponse => twilioError(500, ERROR_CODES.internal, `Internal error: ${message}`);
const binding = (fields: Fields): Fields | undefined =>
  fields.messaging_binding !== null && typeof fields.messaging_binding === 'object' ? (fields.messaging_binding as Fields) : undefined;

export const FAULTS = [
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
  {
    name: 'drops_attributes_on_update',
    description: 'an update ignores Attributes and keeps the old value',
    check: 'request_echo',
    hooks: { updated: (next, previous) => ('attributes' in previous ? { ...next, attributes: previous.attributes } : next) },
  },
  {
    name: 'ignores_proxy_address',
    description: 'Conversations ignores MessagingBinding.ProxyAddress (messaging_binding.proxy_address stays as it was)',
    check: 'request_echo',
    hooks: {
      created: (fields, sent) =>
        binding(sent)?.proxy_address === undefined ? fields : { ...fields, messaging_binding: { ...binding(fields), proxy_address: null } },
      updated: (next, previous, sent) =>
        binding(sent)?.proxy_address === undefined
          ? next
          : { ...next, messaging_binding: { ...binding(next), proxy_address: binding(previous)?.proxy_address ?? null } },
    },
  },
  {
    name: 'attributes_default_null',
    description: 'a create without Attributes has attributes null instead of "{}"',
    check: 'defaults',
    hooks: { created: (fields, sent) => ('attributes' in fields && !('attributes' in sent) ? { ...fields, attributes: null } : fields) },
  },
  {
    name: 'no_default_role',
    description: 'a create without RoleSid has role_sid null instead of the service default role',
    check: 'defaults',
    hooks: { created: (fields, sent) => ('role_sid' in fields && !('role_sid' in sent) ? { ...fields, role_sid: null } : fields) },
  },
  {
    name: 'url_uses_identity',
    description: "url ends with the item's identity (Proxy: identifier) instead of its SID",
    check: 'self_url',
    hooks: {
      represent: (body, item, ctx) => {
        const identity = item.fields[ctx.route.model.uniqueField];
        if (typeof identity !== 'string' || typeof body.url !== 'string') return body;
        return { ...body, url: body.url.replace(/[^/]+$/u, encodeURIComponent(identity)) };
      },
    },
  },
  {
    name: 'url_uses_alias_on_fetch',
    description: "a member fetched by identity gets a url that ends with the identity (by SID: its SID)",
    check: 'self_url',
    hooks: {
      represent: (body, item, ctx) => {
        const id = ctx.params[ctx.route.resource.idParam ?? 'Sid'];
        if (ctx.route.operation.kind !== 'fetch' || id === undefined || id === item.sid || typeof body.url !== 'string') return body;
        return { ...body, url: body.url.replace(/[^/]+$/u, encodeURIComponent(id)) };
      },
    },
  },
  {
    name: 'wrong_message_interactions_link',
    description: 'Proxy links.message_interactions is the url plus /Interactions',
    check: 'self_url',
    hooks: { represent: (body) => (body.links ? { ...body, links: { message_interactions: `${String(body.url)}/Interactions` } } : body) },
  },
  {
    name: 'delete_does_not_delete',
    description: 'delete answers 204 but the item stays (fetch and list still show it)',
    check: 'lifecycle',
    hooks: { remove: () => undefined },
  },
  {
    name: 'identity_alias_not_found',
    description: '{Sid} is never looked up as an identity, so fetch (update, delete) by identity answers 404',
    check: 'lifecycle',
    hooks: { alias: () => false },
  },
  {
    name: 'date_updated_frozen',
    description: 'an update without DateUpdated leaves date_updated where it was',
    check: 'timestamps',
    hooks: { updated: (next, previous, sent) => ('date_updated' in sent ? next : { ...next, date_updated: previous.date_updated }) },
  },
  {
    name: 'date_updated_ahead_on_create',
    description: 'a create without DateUpdated has date_updated one second after date_created',
    check: 'timestamps',
    hooks: {
      created: (fields, sent) =>
        'date_updated' in sent
          ? fields
          : { ...fields, date_updated: formatUtcSeconds((parseRfc3339(String(fields.date_created)) ?? 0) + 1000) },
    },
  },
  {
    name: 'next_page_skips_item',
    description: 'next_page_url starts one item too late, so walking the pages misses one item per page',
    check: 'pagination',
    hooks: { nextAnchor: (_last, following) => following[0]! },
  },
  {
    name: 'identity_filter_ignored',
    description: 'Chat list ignores the Identity filter and lists every member',
    check: 'pagination',
    hooks: { listFilter: () => [] },
  },
  {
    name: 'accepts_invalid_role_sid',
    description: 'RoleSid is not checked against its pattern (and is stored as sent)',
    check: 'negative_rejection',
    hooks: { issues: (issues) => issues.filter((issue) => issue.name !== 'RoleSid') },
  },
  {
    name: 'accepts_any_webhook_header',
    description: 'X-Twilio-Webhook-Enabled accepts any value, not only true and false',
    check: 'negative_rejection',
    hooks: { issues: (issues) => issues.filter((issue) => issue.name !== 'X-Twilio-Webhook-Enabled') },
  },
  {
    name: 'partial_update_on_error',
    description: 'an update that breaks one rule still applies its valid parameters, then answers 400',
    check: 'negative_rejection',
    hooks: {
      issues: (issues, ctx) => {
        partialUpdate(issues, ctx);
        return issues;
      },
    },
  },
  {
    name: 'unknown_sid_returns_400',
    description: 'a well-formed SID the emulator never issued answers 400 instead of 404 (deleted ones still 404)',
    check: 'not_found',
    hooks: {
      respond: (r, ctx) =>
        r.status === 404 && ctx.request?.segments.some((segment) => SID.test(segment) && !ctx.app.state.issued.has(segment))
          ? invalidRequest('Invalid SID')
          : r,
    },
  },
  {
    name: 'unknown_parent_lists_empty',
    description: 'listing under an unknown service, channel, conversation or session answers 200 with no items',
    check: 'not_found',
    hooks: { respond: (r, ctx) => (r.status === 404 && ctx.route?.operation.kind === 'list' ? (emptyListPage(ctx) ?? r) : r) },
  },
  {
    name: 'accepts_wrong_token',
    description: 'the auth token is not checked: the right account SID with any password is let in',
    check: 'auth',
    hooks: { admit: (verdict) => verdict.given && verdict.account },
  },
  {
    name: 'accepts_unknown_account',
    description: 'the account SID is not checked: any user with the right token is let in',
    check: 'auth',
    hooks: { admit: (verdict) => verdict.given && verdict.token },
  },
  {
    name: 'error_missing_more_info',
    description: 'error bodies leave out more_info',
    check: 'error_shape',
    hooks: { respond: (r) => withBody(r, ({ more_info: _moreInfo, ...body }) => body) },
  },
  {
    name: 'error_status_mismatch',
    description: 'every error body says status 400, whatever the HTTP status',
    check: 'error_shape',
    hooks: { respond: (r) => withBody(r, (body) => ({ ...body, status: 400 })) },
  },
  {
    name: 'crash_on_emoji',
    description: 'an emoji anywhere in the path, query or form makes the handler throw (500)',
    check: 'no_server_error',
    hooks: {
      inspect: (request) => {
        if (values(request).some((value) => EMOJI.test(value))) throw new Error('cannot encode emoji');
      },
    },
  },
  {
    name: 'crash_on_encoded_slash',
    description: 'a %2F inside a path segment (an identity with "/") makes the router throw (500)',
    check: 'no_server_error',
    hooks: {
      inspect: (request) => {
        if (/%2f/iu.test(request.rawPath)) throw new Error('unexpected path separator');
      },
    },
  },
  {
    name: 'server_error_on_bad_encoding',
    description: 'malformed percent-encoding in the path or a form body answers 500 instead of 400',
    check: 'no_server_error',
    hooks: { respond: (r) => (r.status === 400 && errorMessage(r).startsWith('Malformed percent-encoding') ? internalError('cannot decode') : r) },
  },
  {
    name: 'crash_on_json_body',
    description: 'a JSON body where a form is documented answers 500 instead of 415',
    check: 'no_server_error',
    hooks: { respond: (r) => (r.status === 415 ? internalError('unexpected token in form body') : r) },
  },
  {
    name: 'undocumented_method_404',
    description: 'a method the path does not document answers 404 instead of 405',
    check: 'negative_rejection',
    hooks: { respond: (r) => (r.status === 405 ? notFound('requested') : r) },
  },
  {
    name: 'duplicate_identity_allowed',
    description: 'a second create with a taken identity (Proxy: identifier) succeeds instead of 409',
    check: 'conflict',
    hooks: { clash: () => undefined },
  },
  {
    name: 'update_ignores_uniqueness',
    description: "an update may give a participant another one's identity (creates still get 409)",
    check: 'conflict',
    hooks: { clash: (existing, kind) => (kind === 'update' ? undefined : existing) },
  },
  {
    name: 'racy_create',
    description: 'create waits 10 ms between its uniqueness check and its insert, so concurrent duplicates all succeed',
    check: 'concurrency',
    hooks: { beforeInsert: () => new Promise((resolve) => setTimeout(resolve, 10)) },
  },
  {
    name: 'bad_cors_header_type',
    description: "success responses say Access-Control-Allow-Credentials: maybe (the spec documents a boolean)",
    check: 'response_headers',
    hooks: {
      respond: (r) => (isSuccessWithBody(r) ? { ...r, headers: { ...r.headers, 'access-control-allow-credentials': 'maybe' } } : r),
    },
  },
] as const satisfies readonly Fault[];

export type FaultName = (typeof FAULTS)[number]['name'];

export const FAULT_NAMES: readonly FaultName[] = FAULTS.map((fault) => fault.name);

/** The fault of that name; an unknown name is a usage error that lists the known ones. */
export function findFault(name: string): Fault {
  const fault = (FAULTS as readonly Fault[]).find((candidate) => candidate.name === name);
  if (!fault) throw new HarnessError('USAGE', `unknown fault "${name}"; known: ${FAULT_NAMES.join(', ')}`);
  return fault;
}
