import type { HttpResponse } from './types.js';

/**
 * The body as JSON whatever its Content-Type says (judging the label is `content_type`'s job, not the
 * job of code that needs a created SID or a list page), or undefined when it is not JSON.
 */
export function jsonIgnoringLabel(response: HttpResponse): unknown {
  if (response.json !== undefined) return response.json;
  if (response.truncated || response.body === '') return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}
