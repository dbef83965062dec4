import type { Parent } from '../types.js';

/** The parent whose every path parameter matches one of its names (a SID or an alias). */
export function findParent(parents: readonly Parent[], specId: string, params: Record<string, string>): Parent | undefined {
  return parents.find(
    (parent) =>
      parent.specId === specId &&
      Object.entries(parent.names).every(([name, values]) => params[name] !== undefined && values.includes(params[name]!)),
  );
}
