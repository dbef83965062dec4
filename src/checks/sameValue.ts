import { decodeWireValue } from '../spec/decodeWireValue.js';
import type { JsonSchema } from '../spec/types.js';

const isDateTime = (schema: JsonSchema) => typeof schema === 'object' && schema.format === 'date-time';
const isJsonDocument = (schema: JsonSchema) =>
  typeof schema === 'object' && typeof schema.contentMediaType === 'string' && /json/u.test(schema.contentMediaType);

/** Whole seconds of an RFC 3339 instant (a fraction is dropped, as docs/conformance.md says). */
const wholeSeconds = (text: string): number => Math.floor(Date.parse(text) / 1000);

const sameJson = (a: string, b: unknown): boolean => {
  if (typeof b !== 'string') return false;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
};

/**
 * Whether a response field holds what the request sent: dates as the same instant in whole seconds,
 * JSON documents as the same JSON, numbers and null as decoded by the parameter's schema, text exactly.
 */
export function sameValue(schema: JsonSchema, sent: string, received: unknown): boolean {
  if (isDateTime(schema) && sent !== '') {
    return typeof received === 'string' && wholeSeconds(received) === wholeSeconds(sent);
  }
  if (isJsonDocument(schema)) return sameJson(sent, received);
  return Object.is(decodeWireValue(schema, sent), received);
}
