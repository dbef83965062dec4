import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerRequest } from './answerRequest.js';
import { sendResponse } from './sendResponse.js';
import { ERROR_CODES, twilioError } from '../twilioError.js';
import type { App, EmulatorResponse, PipelineContext } from '../types.js';

const internalError = (error: unknown): EmulatorResponse =>
  twilioError(500, ERROR_CODES.internal, `Internal error: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Answers one request, whatever happens: an exception anywhere becomes a Twilio-shaped 500 (a bug,
 * which the tests show does not happen), never a dropped connection.
 */
export async function handleRequest(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  app.stats.requests += 1;
  app.stats.requestsByMethod[method] = (app.stats.requestsByMethod[method] ?? 0) + 1;
  const ctx: PipelineContext = { app };
  let response: EmulatorResponse;
  try {
    response = await answerRequest(req, ctx);
  } catch (error) {
    response = internalError(error);
  }
  try {
    if (app.hooks.respond) response = app.hooks.respond(response, ctx);
  } catch (error) {
    response = internalError(error);
  }
  // A client that went away mid-request gets nothing, and is not counted as an answer.
  if (res.destroyed || req.socket.destroyed) return;
  sendResponse(res, response, app.stats);
}
