import { parseBasicAuth } from './basicAuth.js';
import { MASK } from './redact.js';
import { redactRequest } from './redactRequest.js';
import { shellQuote } from './shellQuote.js';
import type { HttpRequest } from './types.js';

/**
 * A curl command that replays the request, credentials as `-u 'AC…:***'` (never the token, whatever
 * `secrets` holds), the already-encoded body as `-d`, every other header as `-H`.
 */
export function toCurl(request: HttpRequest, secrets: readonly string[] = []): string {
  const safe = redactRequest(request, secrets);
  const words = ['curl'];
  if (safe.method !== 'GET' || safe.body !== undefined) words.push('-X', safe.method);
  words.push(shellQuote(safe.url));
  for (const [name, value] of Object.entries(safe.headers)) {
    if (name.toLowerCase() !== 'authorization') {
      words.push('-H', shellQuote(`${name}: ${value}`));
      continue;
    }
    const credential = parseBasicAuth(value);
    words.push(credential ? '-u' : '-H', shellQuote(credential ? `${credential.user}:${MASK}` : `${name}: ${MASK}`));
  }
  // curl reads a file for `-d @name`; a body that starts with @ goes as --data-raw.
  if (safe.body !== undefined) words.push(safe.body.startsWith('@') ? '--data-raw' : '-d', shellQuote(safe.body));
  return words.join(' ');
}
