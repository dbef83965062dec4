import { decodeStrict, parseFormText } from './parseFormText.js';

export interface Target {
  rawPath: string;
  /** The path split on '/' first, then each piece percent-decoded: `%2F` stays inside its segment. */
  segments: string[];
  query: [string, string][];
}

/** The request target (`/v2/…/Members/al%2Fice?PageSize=5`) as decoded segments and query pairs. */
export function parseTarget(url: string): Target {
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '');
  const hash = withoutOrigin.indexOf('#');
  const target = hash < 0 ? withoutOrigin : withoutOrigin.slice(0, hash);
  const question = target.indexOf('?');
  const rawPath = question < 0 ? target : target.slice(0, question);
  const rawQuery = question < 0 ? '' : target.slice(question + 1);
  return {
    rawPath,
    segments: rawPath.split('/').slice(1).map((segment) => decodeStrict(segment, false)),
    query: parseFormText(rawQuery),
  };
}
