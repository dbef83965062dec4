import type { IncomingMessage } from 'node:http';
import { admitted, authenticate } from './authenticate.js';
import { describeIssues } from './describeIssues.js';
import { judgeRequest, UnjudgeableRequest } from './judgeRequest.js';
import { answerGeneric } from '../generic/answerGeneric.js';
import { HANDLERS } from '../resources/handlers/index.js';
import { resolveParent } from '../state/resolveParent.js';
import { MalformedEncoding } from './parseFormText.js';
import { parseBody, UnsupportedMediaType } from './parseBody.js';
import { parseTarget } from './parseTarget.js';
import { BODY_LIMIT, readBody } from './readBody.js';
import { requestOrigin } from './requestOrigin.js';
import { matchRoute } from './matchRoute.js';
import { mountTarget } from './mountTarget.js';
import { routeError } from './routeError.js';
import { invalidRequest, notFound, unauthorized } from '../twilioError.js';
import type { CoreContext, EmulatorResponse, HandlerContext, PipelineContext } from '../types.js';

/**
 * The pipeline, one step per line: read (413) → authenticate (401) → parse the target (400) →
 * route (404, 405) → parse the body (400, 415) → validate against the spec (400) → find the parents
 * (404) → handle (the resource's own model, or the generic one). Each step fills `ctx`, so that hooks and error answers can see how far it got.
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
    const target = mountTarget(app.routes, parseTarget(req.url ?? '/'));
    const match = matchRoute(app.routes.mounts.get(target.mount), method, target.segments);
    if (!match.found) return routeError(match, method, target, app.routes.specMounts);
    const { route, params } = match;
    const headers = req.headers as Record<string, string | undefined>;
    const documented = route.operation.requestBody;
    const { form, json } = documented ? parseBody(body.bytes, headers['content-type'], documented.mediaType) : { form: [] };
    const origin = requestOrigin(headers.host, app.baseUrl) + target.mount;
    const request = { method, ...target, headers, form, ...(json === undefined ? {} : { json }), origin };
    Object.assign(ctx, { request, route, params });
    app.hooks.inspect?.(request);

    const found = judgeRequest(route.operation, { path: params, query: target.query, headers, form, ...(json === undefined ? {} : { json }) });
    const issues = app.hooks.issues ? app.hooks.issues(found, ctx) : found;
    if (issues.length > 0) return invalidRequest(describeIssues(issues));

    const parent = resolveParent(app, route, params);
    if (!parent) return notFound(target.mount + target.rawPath);
    ctx.parent = parent;
    if (!route.behaviour) return answerGeneric(ctx as HandlerContext);
    const handler = HANDLERS[route.operation.kind];
    return handler ? await handler(ctx as CoreContext) : notFound(target.mount + target.rawPath);
  } catch (error) {
    if (error instanceof MalformedEncoding || error instanceof UnjudgeableRequest) return invalidRequest(error.message);
    if (error instanceof UnsupportedMediaType) return invalidRequest(error.message, 415);
    throw error;
  }
}
