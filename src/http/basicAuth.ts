import type { Credentials } from '../target.js';

/** `Basic base64(accountSid:authToken)`, the HTTP Basic header value. */
export const basicAuth = ({ accountSid, authToken }: Credentials): string =>
  `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`;

/** The user and password of a Basic header value, or undefined when it is not one. */
export function parseBasicAuth(value: string): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/iu.exec(value);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
