import type { Fields } from '../types.js';
import type { Fault } from './Fault.js';

const binding = (fields: Fields): Fields | undefined =>
  fields.messaging_binding !== null && typeof fields.messaging_binding === 'object' ? (fields.messaging_binding as Fields) : undefined;

/** What a write stores and how the stored item is named: echoed fields, defaults, self URLs. */
export const storedFieldFaults = [
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
        const identity = item.fields[ctx.route.behaviour.uniqueField];
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
] as const satisfies readonly Fault[];
