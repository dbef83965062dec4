import { snakeCase } from '../../spec/snakeCase.js';
import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from './successResponse.js';

/**
 * The field that holds what the instance path's last parameter names: `{ChannelSid}` under a user is
 * `channel_sid`, `{Key}` is `key`, `{PhoneNumber}` is `phone_number`; `{Sid}` (and anything the
 * representation has no field for) is `sid`.
 */
export function idFieldOf(idParam: string | undefined, schema: JsonSchema | undefined): string {
  const properties = propertiesOf(schema);
  if (idParam === undefined) return 'sid';
  const named = snakeCase(idParam);
  if (idParam !== 'Sid' && Object.hasOwn(properties, named)) return named;
  if (Object.hasOwn(properties, 'sid') || !Object.hasOwn(properties, 'id')) return 'sid';
  return 'id';
}
