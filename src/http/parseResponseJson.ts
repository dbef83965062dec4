import type { HttpResponse } from './types.js';

const JSON_TYPE = /^\s*application\/([\w.-]+\+)?json\s*(;|$)/iu;

/** `json` when the content type says JSON and the body parses, else `jsonError` saying why not. */
export function parseResponseJson(contentType: string | undefined, text: string, truncated: boolean): Pick<HttpResponse, 'json' | 'jsonError'> {
  if (contentType === undefined || !JSON_TYPE.test(contentType)) return {};
  if (truncated) return { jsonError: 'the body is longer than the client reads, so it was not parsed' };
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { jsonError: (error as Error).message };
  }
}
