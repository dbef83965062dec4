import { ERROR_CODES, notFound, twilioError } from '../twilioError.js';
import type { EmulatorResponse } from '../types.js';
import type { RouteMatch } from './matchRoute.js';
import type { MountedTarget } from './mountTarget.js';

/**
 * Why a request has no route: 404 for a path no description has (or, at the root, one several have:
 * the message names the prefixed URLs to use), 405 with `Allow` for a method the path does not have.
 */
export function routeError(match: Extract<RouteMatch, { found: false }>, method: string, target: MountedTarget, specMounts: Record<string, string>): EmulatorResponse {
  const path = target.mount + target.rawPath;
  if (match.specIds.length > 1) {
    const choices = match.specIds.map((specId) => `${specMounts[specId]}${target.rawPath} (${specId})`).join(', ');
    return twilioError(404, ERROR_CODES.notFound, `The requested resource ${path} is described by more than one loaded description; use one of ${choices}`);
  }
  if (match.allowed.length === 0) return notFound(path);
  const allow = [...new Set(match.allowed)].sort().join(', ');
  return twilioError(405, ERROR_CODES.methodNotAllowed, `Method ${method} is not allowed on ${path}`, { allow });
}
