import { timingSafeEqual } from 'node:crypto';
import type { Credentials } from '../../target.js';

/** What the Basic credentials of a request say: were any given, is the account ours, is the token right. */
export interface AuthVerdict {
  given: boolean;
  account: boolean;
  token: boolean;
}

const same = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** HTTP Basic: user = account SID, password = auth token. Admitted when all three hold. */
export function authenticate(header: string | undefined, expected: Credentials): AuthVerdict {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/iu.exec(header ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) return { given: false, account: false, token: false };
  return {
    given: true,
    account: same(decoded.slice(0, colon), expected.accountSid),
    token: same(decoded.slice(colon + 1), expected.authToken),
  };
}

export const admitted = (verdict: AuthVerdict): boolean => verdict.given && verdict.account && verdict.token;
