import { twilioError } from '../../twilioError.js';
import type { EmulatorResponse, Fields, CoreContext } from '../../types.js';

/** The resource's own 409: the same code for a create and an update that would duplicate the unique value. */
export function conflict(fields: Fields, ctx: CoreContext): EmulatorResponse {
  const { behaviour } = ctx.route;
  return twilioError(409, behaviour.conflict.code, behaviour.conflict.message(String(fields[behaviour.uniqueField])));
}
