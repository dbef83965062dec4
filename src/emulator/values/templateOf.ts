import type { JsonSchema } from '../../spec/types.js';
import type { Fields } from '../types.js';
import { propertiesOf } from '../model/successResponse.js';
import { sampleValue } from './sampleValue.js';

const templates = new WeakMap<object, Fields>();

/** A sample value for every property of an object schema; built on first use, once per schema. */
export function templateOf(schema: JsonSchema): Fields {
  if (typeof schema !== 'object') return {};
  let template = templates.get(schema);
  if (!template) {
    template = Object.fromEntries(Object.entries(propertiesOf(schema)).map(([name, property]) => [name, sampleValue(property, name)]));
    templates.set(schema, template);
  }
  return template;
}
