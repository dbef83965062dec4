import fc from 'fast-check';
import { schemaTypes } from '../spec/decodeWireValue.js';
import type { JsonSchema } from '../spec/types.js';
import { schemaKeyword } from './schemaKeyword.js';
import type { StringTextOptions } from './stringText.js';
import { uniqueTagged } from './uniqueTagged.js';
import { wireValue, type WireValue } from './wireValue.js';

export interface Field {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

export interface PairsOptions extends StringTextOptions {
  unique?: () => string;
  uniqueNames?: readonly string[];
  /** Every optional field present too (a request that carries a value for everything it may). */
  everyField?: boolean;
}

type Pairs = [string, string][];

/** A SID, as Twilio writes one: two capital letters and 32 hex digits. */
const SID_PATTERN = '^[A-Z]{2}[0-9a-f]{32}$';
const LAX_SID = '^[a-zA-Z]{2}[0-9a-fA-F]{32}$';

/**
 * A `…Sid` parameter that says only "a string" (34 characters, no pattern), or any two letters and 32
 * hex digits (trusthub's `ObjectSid`), names a resource: it is sent as a SID, as a client would, not as
 * text no target could resolve (and that its `…_sid` field, judged by `sid_pattern`, could not hold).
 */
function sidShaped(field: Field): JsonSchema | undefined {
  const { schema } = field;
  if (!/Sid$/u.test(field.name) || typeof schema !== 'object' || schemaTypes(schema).join() !== 'string') return undefined;
  // A pattern that lets the prefix be any letters (`^[a-zA-Z]{2}[0-9a-fA-F]{32}$`) is met by a SID too.
  const lax = schema.pattern === LAX_SID;
  if (!lax && ['pattern', 'format', 'enum', 'const'].some((keyword) => keyword in schema)) return undefined;
  const fits = (schemaKeyword(schema, 'minLength', 'number') ?? 0) <= 34 && (schemaKeyword(schema, 'maxLength', 'number') ?? 34) >= 34;
  return fits ? { ...schema, pattern: SID_PATTERN } : undefined;
}

/**
 * The schema a field's values must meet once sent: a required array with no item sends no pair, which
 * the receiver reads as the field missing, so a required array has at least one item.
 */
function onTheWire(field: Field): JsonSchema {
  const sid = sidShaped(field);
  if (sid) return sid;
  if (!field.required || typeof field.schema !== 'object' || !schemaTypes(field.schema).includes('array')) return field.schema;
  return { ...field.schema, minItems: Math.max(1, schemaKeyword(field.schema, 'minItems', 'number') ?? 0) };
}

/**
 * Name/value pairs for a set of fields, in field order: required ones always, each optional one
 * present or absent (every combination), an array as one pair per item. Built on `fc.record` and
 * `fc.option`, so a failure shrinks by dropping optional fields and shortening values.
 */
export function pairsArbitrary(fields: readonly Field[], options: PairsOptions): fc.Arbitrary<Pairs> {
  const arbitraries: Record<string, fc.Arbitrary<WireValue | undefined>> = {};
  for (const field of fields) {
    let value = wireValue(onTheWire(field), options);
    if (options.unique && options.uniqueNames?.includes(field.name) && schemaTypes(field.schema).includes('string')) {
      value = uniqueTagged(value as fc.Arbitrary<string>, options.unique, schemaKeyword(field.schema, 'maxLength', 'number'));
    }
    // An optional field is absent half the time (fc.record's own optional keys are present 5 times in 6,
    // which makes a minimal request rare); absent is where it shrinks to.
    arbitraries[field.name] = field.required || options.everyField ? value : fc.option(value, { nil: undefined, freq: 2 });
  }
  const toPairs = (record: Partial<Record<string, WireValue>>): Pairs =>
    fields.flatMap(({ name }) => {
      const value = record[name];
      if (value === undefined) return [];
      return typeof value === 'string' ? [[name, value] as [string, string]] : value.map((item): [string, string] => [name, item]);
    });
  const fromPairs = (pairs: unknown): Record<string, WireValue | undefined> => {
    if (!Array.isArray(pairs)) throw new Error('not pairs');
    const record: Record<string, WireValue | undefined> = Object.fromEntries(fields.map(({ name }) => [name, undefined]));
    for (const [name, value] of pairs as Pairs) {
      const field = fields.find((candidate) => candidate.name === name);
      if (!field) throw new Error(`unknown field ${name}`);
      if (schemaTypes(field.schema).includes('array')) record[name] = [...((record[name] as string[] | undefined) ?? []), value];
      else if (record[name] !== undefined) throw new Error(`${name} repeated`);
      else record[name] = value;
    }
    return record;
  };
  return fc.record(arbitraries).map(toPairs, fromPairs);
}
