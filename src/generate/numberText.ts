import fc from 'fast-check';
import type { JsonSchema } from '../spec/types.js';
import { schemaKeyword } from './schemaKeyword.js';

const toText = (value: number): string => String(value);
const fromText = (text: unknown): number => {
  const value = typeof text === 'string' ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || text === '') throw new Error('not a number');
  return value;
};

/** Inclusive bounds of a numeric schema; `exclusive*` moves them one step in for integers. */
export function numberBounds(schema: JsonSchema, integer: boolean): { min?: number; max?: number } {
  const step = integer ? 1 : Number.EPSILON;
  const exMin = schemaKeyword(schema, 'exclusiveMinimum', 'number');
  const exMax = schemaKeyword(schema, 'exclusiveMaximum', 'number');
  const min = exMin !== undefined ? exMin + step : schemaKeyword(schema, 'minimum', 'number');
  const max = exMax !== undefined ? exMax - step : schemaKeyword(schema, 'maximum', 'number');
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/**
 * An integer (or number) within the schema's bounds, as wire text. With no lower bound it starts at
 * 0: Twilio's unbounded integers are indexes and counts. Shrinks towards the lower bound.
 */
export function numberText(schema: JsonSchema, integer: boolean): fc.Arbitrary<string> {
  const { min, max } = numberBounds(schema, integer);
  if (integer) {
    const low = Math.ceil(min ?? 0);
    const high = Math.floor(max ?? Math.max(low, 0) + 2_147_483_647);
    return fc.integer({ min: low, max: high }).map(toText, fromText);
  }
  const low = min ?? 0;
  const high = max ?? low + 1e9;
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true }).map(toText, fromText);
}
