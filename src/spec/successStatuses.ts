import type { Operation } from './types.js';

/** What a successful call of the operation answers, as its description documents it (`fallback` where it documents no 2xx). */
export function successStatuses(operation: Operation | undefined, fallback: number): number[] {
  const documented = (operation?.responses ?? []).map((r) => Number(r.status)).filter((status) => status >= 200 && status < 300);
  return documented.length > 0 ? documented : [fallback];
}
