import { ERROR_CODES, twilioError } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext } from '../types.js';
import { answerDocumented } from './answerDocumented.js';
import { createGeneric } from './createGeneric.js';
import { deleteGeneric } from './deleteGeneric.js';
import { fetchGeneric } from './fetchGeneric.js';
import { listGeneric } from './listGeneric.js';
import { updateGeneric } from './updateGeneric.js';

const HANDLERS = { create: createGeneric, fetch: fetchGeneric, list: listGeneric, update: updateGeneric, delete: deleteGeneric, other: answerDocumented };

/**
 * The generic model, for every resource without a model of its own. It builds answers from whatever
 * a description says, so a description it cannot follow gets a 400 that says so, never a 5xx.
 */
export function answerGeneric(ctx: HandlerContext): EmulatorResponse {
  try {
    return HANDLERS[ctx.route.operation.kind](ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return twilioError(400, ERROR_CODES.invalidParameter, `The emulator cannot answer ${ctx.route.operation.operationId} from its description: ${reason}`);
  }
}
