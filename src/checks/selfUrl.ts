import { all, inScenario, succeeded } from './guards.js';
import { representations } from './representations.js';
import type { Exchange } from '../http/types.js';
import type { CheckContext, ExchangeCheck, Failure } from './types.js';

const pathOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).pathname.split('/').map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    return undefined;
  }
};

/**
 * The path the base URL puts before every operation path (`/chat` for `http://host/chat`): the request's
 * path without as many trailing segments as the operation's template has.
 */
function basePath(ctx: CheckContext, exchange: Exchange): string {
  // Split before decoding: a value in the path may hold an encoded slash.
  const segments = new URL(exchange.request.url).pathname.split('/');
  const kept = segments.slice(0, Math.max(1, segments.length - (ctx.operation.path.split('/').length - 1)));
  return kept.map((segment) => decodeURIComponent(segment)).join('/');
}

/** The instance path with the parents as given (SIDs from fixtures, or the aliases the request used). */
function instancePaths(ctx: CheckContext, exchange: Exchange, sid: string): string[] {
  const template = ctx.resource.instancePath;
  if (!template) return [];
  const base = basePath(ctx, exchange);
  const fill = (parents: Record<string, string | undefined>) =>
    base + template.replace(/\{([^}]+)\}/gu, (_, name: string) => (name === ctx.resource.idParam ? sid : parents[name] ?? `{${name}}`));
  return [...new Set([fill(ctx.fixtures), fill(ctx.case.path)])];
}

/** `message_interactions` → `MessageInteractions`. */
const linkSegment = (key: string): string =>
  key.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');

/**
 * Where a link may point: below the url, by the description's own sub-resource (x-twilio's
 * dependentProperties: Chat's `user_channels` is `…/Users/US…/Channels`) or by the link's name
 * (`message_interactions` → `…/MessageInteractions`); with its resource_url filled from the
 * representation, by SIDs, also where the url named a parent by alias.
 */
function linkPaths(ctx: CheckContext, base: string, got: string, key: string, value: Record<string, unknown>): string[] {
  const dependent = ctx.operation.dependentProperties?.[key];
  if (!dependent) return [`${got}/${linkSegment(key)}`];
  const filled = dependent.resource_url.replace(/\{([^}]+)\}/gu, (_, name: string) => String(value[dependent.mapping[name] ?? name] ?? `{${name}}`));
  return [`${got}/${dependent.resource_url.split('/').pop()}`, base + filled];
}

/** `url` is the absolute URL of the instance, by its own SID; each link sits below it. */
export const selfUrl: ExchangeCheck = {
  id: 'self_url',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), succeeded),
  run(ctx, exchange) {
    const failures: Failure[] = [];
    for (const { pointer, value } of representations(ctx, exchange)) {
      if (!('url' in value) || typeof value.sid !== 'string') continue;
      const got = pathOf(value.url);
      const expected = instancePaths(ctx, exchange, value.sid);
      // No instance path in the description (a create-only resource): it does not say where one lives.
      if (expected.length === 0) continue;
      if (got === undefined || !expected.includes(got)) {
        failures.push({
          check: 'self_url',
          kind: got === undefined ? 'not_absolute' : 'wrong_path',
          pointer: `${pointer}/url`,
          message: `Received: url ${JSON.stringify(value.url)} / Expected path: ${expected[0]}`,
        });
        continue;
      }
      const links = value.links;
      if (links === null || typeof links !== 'object') continue;
      for (const [key, link] of Object.entries(links)) {
        const want = linkPaths(ctx, basePath(ctx, exchange), got, key, value);
        if (!want.includes(pathOf(link) ?? '')) {
          failures.push({
            check: 'self_url',
            kind: 'wrong_link',
            pointer: `${pointer}/links/${key}`,
            message: `Received: links.${key} ${JSON.stringify(link)} / Expected path: ${want[0]}`,
          });
        }
      }
    }
    return failures;
  },
};
