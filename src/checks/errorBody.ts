import type { HttpResponse } from '../http/types.js';

/** `code` of a Twilio error body, when the body is one. */
export const errorCode = (response: HttpResponse): unknown =>
  response.json !== null && typeof response.json === 'object' ? (response.json as { code?: unknown }).code : undefined;
