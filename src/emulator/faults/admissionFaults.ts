import { emptyListPage } from '../resources/emptyListPage.js';
import { partialUpdate } from '../resources/handlers/partialUpdate.js';
import { invalidRequest } from '../twilioError.js';
import type { Fault } from './Fault.js';

const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/u;

/** What the emulator lets in: invalid input, unknown SIDs and parents, credentials. */
export const admissionFaults = [
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
] as const satisfies readonly Fault[];
