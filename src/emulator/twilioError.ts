import type { EmulatorResponse } from './types.js';

/** Twilio error codes the emulator answers with. */
export const ERROR_CODES = {
  invalidParameter: 20001,
  authenticate: 20003,
  methodNotAllowed: 20004,
  notFound: 20404,
  internal: 20500,
  chatMemberExists: 50404,
  conversationParticipantExists: 50433,
  proxyIdentifierInUse: 80103,
} as const;

export const moreInfo = (code: number): string => `https://www.twilio.com/docs/errors/${code}`;

/** `{code, message, more_info, status}`, `status` equal to the HTTP status (docs/conformance.md "Conventions"). */
export function twilioError(status: number, code: number, message: string, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers, body: { code, message, more_info: moreInfo(code), status } };
}

export const notFound = (path: string): EmulatorResponse =>
  twilioError(404, ERROR_CODES.notFound, `The requested resource ${path} was not found`);

export const invalidRequest = (message: string, status = 400): EmulatorResponse =>
  twilioError(status, ERROR_CODES.invalidParameter, message);

export const unauthorized = (): EmulatorResponse =>
  twilioError(401, ERROR_CODES.authenticate, 'Authenticate', { 'www-authenticate': 'Basic realm="Twilio API"' });
