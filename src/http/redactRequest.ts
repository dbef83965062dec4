import { basicAuth, parseBasicAuth } from './basicAuth.js';
import { MASK, redact } from './redact.js';
import type { HttpRequest } from './types.js';

/**
 * The request fit for a report: secrets masked in the URL, the headers and the body, and the Basic
 * password always masked (the account SID stays, it names the account; the token never shows).
 */
export function redactRequest(request: HttpRequest, secrets: readonly string[]): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const credential = name.toLowerCase() === 'authorization' ? parseBasicAuth(value) : undefined;
    headers[name] = credential ? basicAuth({ accountSid: redact(credential.user, secrets), authToken: MASK }) : redact(value, secrets);
  }
  return {
    method: request.method,
    url: redact(request.url, secrets),
    headers,
    ...(request.body === undefined ? {} : { body: redact(request.body, secrets) }),
  };
}
