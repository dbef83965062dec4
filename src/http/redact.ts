import { basicAuth } from './basicAuth.js';

export const MASK = '***';

/** Every plain form a secret may take in a request or a log: as is, percent-encoded, form-encoded, base64. */
const spellings = (secret: string): string[] => [
  secret,
  encodeURIComponent(secret),
  new URLSearchParams([['', secret]]).toString().slice(1),
  Buffer.from(secret, 'utf8').toString('base64'),
];

const BASE64_RUN = /[A-Za-z0-9+/]{12,}={0,2}/gu;

/**
 * A base64 run that decodes to text holding a secret (`base64(sid:token)`, with or without `Basic `)
 * becomes `base64(sid:***)`, so that a header stays readable and names its account.
 */
const maskEncoded = (text: string, secrets: readonly string[]): string =>
  text.replace(BASE64_RUN, (run) => {
    const decoded = Buffer.from(run, 'base64').toString('utf8');
    if (!secrets.some((secret) => decoded.includes(secret))) return run;
    const colon = decoded.indexOf(':');
    return colon < 0 ? MASK : basicAuth({ accountSid: decoded.slice(0, colon), authToken: MASK }).slice('Basic '.length);
  });

/**
 * The text with every secret replaced by `***`: the secret itself, its encoded forms, and any base64
 * credential that carries it. Empty secrets are ignored.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const real = secrets.filter((secret) => secret !== '');
  if (real.length === 0) return text;
  let result = maskEncoded(text, real);
  const forms = [...new Set(real.flatMap(spellings))].sort((a, b) => b.length - a.length);
  for (const form of forms) result = result.split(form).join(MASK);
  return result;
}
