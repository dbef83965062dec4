import fc from 'fast-check';
import { schemaTypes } from '../spec/decodeWireValue.js';
import type { JsonSchema } from '../spec/types.js';
import { jsonObjectText, jsonText } from './jsonText.js';
import { numberText } from './numberText.js';
import { schemaEnum, schemaKeyword } from './schemaKeyword.js';
import { stringText, type StringTextOptions } from './stringText.js';

/** A wire value: text, or several texts for an array (repeated keys). */
export type WireValue = string | string[];

const MAX_ITEMS = 3;

/**
 * Values a parameter or form property with this schema accepts, as the text a client sends. An empty
 * value stands for `null` where a non-string schema is nullable (docs/conformance.md "Conventions").
 */
export function wireValue(schema: JsonSchema, options: StringTextOptions): fc.Arbitrary<WireValue> {
  const types = schemaTypes(schema);
  const choices = schemaEnum(schema);
  if (choices !== undefined) {
    // An empty value is null only where the field is not a string: for a nullable string enum it reads
    // as "", which the enum leaves out.
    const sendable = types.includes('string') && choices.some((choice) => choice !== null) ? choices.filter((choice) => choice !== null) : choices;
    return fc.constantFrom(...sendable.map((choice) => (choice === null ? '' : typeof choice === 'string' ? choice : JSON.stringify(choice))));
  }
  if (types.includes('array')) {
    const items = (typeof schema === 'object' ? schema.items : undefined) as JsonSchema | undefined;
    const minLength = schemaKeyword(schema, 'minItems', 'number') ?? 0;
    const maxLength = Math.max(minLength, Math.min(schemaKeyword(schema, 'maxItems', 'number') ?? MAX_ITEMS, MAX_ITEMS));
    return fc.array(wireValue(items ?? {}, options) as fc.Arbitrary<string>, { minLength, maxLength });
  }
  const nullable = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    types.includes('null') ? fc.oneof(value, fc.constant('')) : value;
  if (types.includes('string') || types.length === 0) return stringText(schema, options);
  if (types.includes('integer')) return nullable(numberText(schema, true));
  if (types.includes('number')) return nullable(numberText(schema, false));
  if (types.includes('boolean')) return nullable(fc.constantFrom('true', 'false'));
  if (types.includes('object')) return nullable(jsonObjectText);
  return nullable(jsonText);
}
