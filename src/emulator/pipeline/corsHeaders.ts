/** The Access-Control-* headers the specs document on success responses (each optional; sent on every answer). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, X-Twilio-Webhook-Enabled',
  'access-control-allow-credentials': 'true',
  'access-control-expose-headers': 'ETag',
};
