/** HTTP Basic credentials: user = account SID (`AC…`), password = auth token. The token is a secret. */
export interface Credentials {
  accountSid: string;
  authToken: string;
}

/**
 * Parents the conformance run works under, keyed by spec id, with that spec's path-parameter names as
 * keys: `{ chat_v2: { ServiceSid, ChannelSid, ChannelUniqueName }, proxy_v1: { ServiceSid, SessionSid } }`.
 * Extra keys (ChannelUniqueName) name aliases that alias checks address a parent by.
 */
export type Fixtures = Record<string, Record<string, string>>;

/** Where and as whom a run sends its requests. */
export interface Target {
  /** One base URL for every spec, or one per spec id. */
  baseUrl: string | Record<string, string>;
  auth: Credentials;
  fixtures: Fixtures;
}

export const baseUrlFor = (target: Pick<Target, 'baseUrl'>, specId: string): string | undefined =>
  typeof target.baseUrl === 'string' ? target.baseUrl : target.baseUrl[specId];
