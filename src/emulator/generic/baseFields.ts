import { compileSchema } from '../../spec/compileSchema.js';
import { snakeCase } from '../../spec/snakeCase.js';
import type { JsonSchema } from '../../spec/types.js';
import type { ResourceNode } from '../model/ResourceNode.js';
import { propertiesOf } from '../model/successResponse.js';
import { dateText } from '../values/dateText.js';
import type { Fields } from '../types.js';

/**
 * What every new item of a resource starts with, where its representation documents the field:
 * `account_sid`, the parents' SIDs from the path (where valid for their field) (`service_sid`, `channel_sid`; the 2010 API's
 * `account_sid` is the path's account), and `date_created` = `date_updated` = now, in each field's format.
 */
export function baseFields(node: ResourceNode, schema: JsonSchema | undefined, chain: readonly string[], accountSid: string, ms: number): Fields {
  const properties = propertiesOf(schema);
  const fields: Fields = {};
  if (Object.hasOwn(properties, 'account_sid')) fields.account_sid = accountSid;
  node.levels.forEach((level, index) => {
    const field = snakeCase(level.param);
    const property = properties[field];
    // A parent the description cannot hold (any value names it) is reflected only where its field allows that value.
    if (property !== undefined && chain[index] !== undefined && compileSchema(property)(chain[index]).length === 0) fields[field] = chain[index];
  });
  for (const field of ['date_created', 'date_updated']) {
    const property = properties[field];
    if (property !== undefined) fields[field] = dateText(typeof property === 'object' ? property.format : undefined, ms);
  }
  return fields;
}
