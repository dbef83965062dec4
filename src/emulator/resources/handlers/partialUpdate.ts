import type { RequestIssue } from '../../../spec/validateRequest.js';
import { resolveParent } from '../../state/resolveParent.js';
import type { CoreContext, PipelineContext } from '../../types.js';
import { updateItem } from './updateItem.js';

/**
 * What a careless target does with an update it is about to refuse: it applies the parameters that
 * were fine first. For the `partial_update_on_error` fault only (on the resources with a model of their
 * own); the refusal still follows.
 */
export function partialUpdate(issues: readonly RequestIssue[], ctx: PipelineContext): void {
  const { request, route, params } = ctx;
  if (issues.length === 0 || !request || !route?.behaviour || !params || route.operation.kind !== 'update') return;
  const parent = resolveParent(ctx.app, route, params);
  if (!parent) return;
  const broken = new Set(issues.map((issue) => issue.name));
  const form = request.form.filter(([name]) => !broken.has(name));
  if (form.length === 0) return;
  updateItem({ ...ctx, request: { ...request, form }, route, params, parent } as CoreContext);
}
