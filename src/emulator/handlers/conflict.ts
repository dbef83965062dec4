import { twilioError } from '../twilioError.js';
import type { EmulatorResponse, Fields, HandlerContext } from '../types.js';

/** The resource's own 409: the same code for a create and an update that would duplicate the unique value. */
export function conflict(fields: Fields, ctx: HandlerContext): EmulatorResponse {
  const { model } = ctx.route;
  return twilioError(409, model.conflict.code, model.conflict.message(String(fields[model.uniqueField])));
}
