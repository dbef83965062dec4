import type { Credentials } from '../target.js';
import { basicAuth } from './basicAuth.js';

/** What to redact for a set of credentials: the token and the base64 `sid:token` of its Basic header. */
export const secretsOf = (auth: Credentials): string[] =>
  auth.authToken === '' ? [] : [auth.authToken, basicAuth(auth).slice('Basic '.length)];
