import { all, inScenario, succeeded } from './guards.js';
import { representations } from './representations.js';
import type { CheckContext, ExchangeCheck, Failure } from './types.js';

const pathOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).pathname.split('/').map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    return undefined;
  }
};

/** The instance path with the parents as given (SIDs from fixtures, or the aliases the request used). */
function instancePaths(ctx: CheckContext, sid: string): string[] {
  const template = ctx.resource.instancePath;
  if (!template) return [];
  const fill = (parents: Record<string, string | undefined>) =>
    template.replace(/\{([^}]+)\}/gu, (_, name: string) => (name === ctx.resource.idParam ? sid : parents[name] ?? `{${name}}`));
  return [...new Set([fill(ctx.fixtures), fill(ctx.case.path)])];
}

/** `message_interactions` → `MessageInteractions`. */
const linkSegment = (key: string): string =>
  key.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');

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
      const expected = instancePaths(ctx, value.sid);
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
        const want = `${got}/${linkSegment(key)}`;
        if (pathOf(link) !== want) {
          failures.push({
            check: 'self_url',
            kind: 'wrong_link',
            pointer: `${pointer}/links/${key}`,
            message: `Received: links.${key} ${JSON.stringify(link)} / Expected path: ${want}`,
          });
        }
      }
    }
    return failures;
  },
};
