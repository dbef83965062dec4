import type { Resource } from '../spec/types.js';

/** What a successful create of the resource answers, as its description documents it (201 unless it says otherwise). */
export function createdStatuses(resource: Resource): number[] {
  const documented = (resource.operations.create?.responses ?? []).map((r) => Number(r.status)).filter((status) => status >= 200 && status < 300);
  return documented.length > 0 ? documented : [201];
}
