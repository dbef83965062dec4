import fc from 'fast-check';

const parseObject = (text: unknown): Record<string, fc.JsonValue> => {
  const value: unknown = typeof text === 'string' ? JSON.parse(text) : undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Record<string, fc.JsonValue>;
};

/** A JSON object as text: how a form carries an object parameter. */
export const jsonObjectText: fc.Arbitrary<string> = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  .map((value) => JSON.stringify(value), parseObject);

/** A JSON document as text (`contentMediaType: application/json`): mostly objects, sometimes any JSON value. */
export const jsonText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: jsonObjectText, weight: 4 },
  { arbitrary: fc.json({ maxDepth: 2 }), weight: 1 },
);
