import type { Resource } from './types.js';

/** A version segment the paths of a description start with: `v2`, `v1beta`, `2010-04-01`. */
const VERSION = /^(?:v\d+\w*|\d{4}-\d\d-\d\d)$/u;

/** The list path's segments after its version, `.json` dropped: `/v2/Services/{ServiceSid}/Channels` → Services, {ServiceSid}, Channels. */
export function pathSegments(listPath: string): string[] {
  const segments = listPath.replace(/\.json$/u, '').split('/').filter(Boolean);
  return VERSION.test(segments[0] ?? '') ? segments.slice(1) : segments;
}

const isParameter = (segment: string): boolean => segment.startsWith('{');

/** The segments from the k-th last word to the end (`Users/{UserSid}/Channels` for k = 2). */
function tail(segments: readonly string[], words: number): string {
  let start = segments.length;
  for (let seen = 0; start > 0 && seen < words; ) if (!isParameter(segments[--start]!)) seen += 1;
  return segments.slice(start).join('/');
}

/**
 * Names each resource of a description by the last word of its list path (`Members`), or, where
 * several resources of the same description end in that word, by as many words from the end as tell
 * them apart, with the parameters between (`Services/{ChatServiceSid}/Conversations/{ConversationSid}/Participants`
 * beside `Conversations/{ConversationSid}/Participants`). Names are unique within a description.
 */
export function nameResources(resources: Resource[]): void {
  const groups = new Map<string, Resource[]>();
  for (const resource of resources) {
    const key = `${resource.specId} ${tail(pathSegments(resource.listPath), 1)}`;
    groups.set(key, [...(groups.get(key) ?? []), resource]);
  }
  for (const group of groups.values()) {
    const segments = group.map((resource) => pathSegments(resource.listPath));
    const longest = Math.max(...segments.map((s) => s.filter((segment) => !isParameter(segment)).length));
    let words = 1;
    while (words < longest && new Set(segments.map((s) => tail(s, words))).size < group.length) words += 1;
    const names = segments.map((s) => tail(s, words));
    const distinct = new Set(names).size === group.length;
    group.forEach((resource, i) => (resource.name = distinct ? names[i]! : resource.listPath));
  }
}

/** A name's segments to compare: the words only, or, where the name writes parameters, every segment (any parameter matches any). */
const comparable = (segments: string[], withParameters: boolean): string[] =>
  withParameters ? segments.map((segment) => (isParameter(segment) ? '{}' : segment)) : segments.filter((segment) => !isParameter(segment));

/**
 * Whether `--resources` names this resource: its list key (`members`), or the words its list path ends
 * in (`Participants`, `Services/Conversations/Participants`; with parameters written, they must stand
 * where the path has them), or, starting with `/`, the whole path after the version, parameters and
 * all (`/Conversations/{ConversationSid}/Participants`; any parameter name).
 */
export function namesResource(name: string, resource: Pick<Resource, 'listPath' | 'listKey'>): boolean {
  if (name === resource.listKey) return true;
  const withParameters = name.startsWith('/') || pathSegments(name).some(isParameter);
  const wanted = comparable(pathSegments(name), withParameters);
  const have = comparable(pathSegments(resource.listPath), withParameters);
  if (wanted.length === 0 || wanted.length > have.length) return false;
  if (name.startsWith('/') && wanted.length !== have.length) return false;
  return wanted.every((segment, i) => segment === have[have.length - wanted.length + i]);
}
