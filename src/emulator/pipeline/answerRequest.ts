import type { IncomingMessage } from 'node:http';
import { validateRequest } from '../../spec/validateRequest.js';
import { admitted, authenticate } from './authenticate.js';
import { describeIssues } from './describeIssues.js';
import { findParent } from '../resources/findParent.js';
import { HANDLERS } from '../resources/handlers/index.js';
import { MalformedEncoding } from './parseFormText.js';
import { parseBody, UnsupportedMediaType } from './parseBody.js';
import { parseTarget } from './parseTarget.js';
import { BODY_LIMIT, readBody } from './readBody.js';
import { requestOrigin } from './requestOrigin.js';
import { matchRoute } from './routeTable.js';
import { ERROR_CODES, invalidRequest, notFound, twilioError, unauthorized } from '../twilioError.js';
import type { EmulatorResponse, HandlerContext, PipelineContext } from '../types.js';

/**
 * The pipeline, one step per line: read (413) → authenticate (401) → parse the target (400) →
 * route (404, 405) → parse the body (400, 415) → validate against the spec (400) → find the parents
 * (404) → handle. Each step fills `ctx`, so that hooks and error answers can see how far it got.
 */
export async function answerRequest(req: IncomingMessage, ctx: PipelineContext): Promise<EmulatorResponse> {
  const { app } = ctx;
  const body = await readBody(req);
  // Not `close`: the connection stays while the rest of the body is discarded, so that the client reads the 413.
  if (body.tooLarge) return invalidRequest(`Request body is larger than ${BODY_LIMIT} bytes`, 413);

  const verdict = authenticate(req.headers.authorization, app.state.credentials);
  if (!(app.hooks.admit ? app.hooks.admit(verdict) : admitted(verdict))) return unauthorized();

  try {
    const method = req.method ?? 'GET';
    const target = parseTarget(req.url ?? '/');
    const match = matchRoute(app.routes, method, target.segments);
    if (!match.found) {
      if (match.allowed.length === 0) return notFound(target.rawPath);
      const allow = [...new Set(match.allowed)].sort().join(', ');
      return twilioError(405, ERROR_CODES.methodNotAllowed, `Method ${method} is not allowed on ${target.rawPath}`, { allow });
    }
    const { route, params } = match;
    const headers = req.headers as Record<string, string | undefined>;
    const form = route.operation.requestBody ? parseBody(body.bytes, headers['content-type']) : [];
    const request = { method, ...target, headers, form, origin: requestOrigin(headers.host, app.baseUrl) };
    Object.assign(ctx, { request, route, params });
    app.hooks.inspect?.(request);

    const found = validateRequest(route.operation, { path: params, query: target.query, headers, form });
    const issues = app.hooks.issues ? app.hooks.issues(found, ctx) : found;
    if (issues.length > 0) return invalidRequest(describeIssues(issues));

    const parent = findParent(app.state.parents, route.resource.specId, params);
    if (!parent) return notFound(target.rawPath);
    ctx.parent = parent;
    const handler = HANDLERS[route.operation.kind];
    return handler ? await handler(ctx as HandlerContext) : notFound(target.rawPath);
  } catch (error) {
    if (error instanceof MalformedEncoding) return invalidRequest(error.message);
    if (error instanceof UnsupportedMediaType) return invalidRequest(error.message, 415);
    throw error;
  }
}
