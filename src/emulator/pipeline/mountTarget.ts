import type { Target } from './parseTarget.js';
import type { RouteTable } from './RouteTable.js';

export interface MountedTarget extends Target {
  /** `/chat`, or '' for the root. */
  mount: string;
}

/** A request under a description's prefix (`/chat/v2/…`) as that prefix and the path inside it; any other at the root. */
export function mountTarget(table: RouteTable, target: Target): MountedTarget {
  const first = target.segments[0];
  const mount = first === undefined || first === '' ? '' : `/${first}`;
  if (mount === '' || !table.mounts.has(mount)) return { ...target, mount: '' };
  const rawFirst = target.rawPath.split('/')[1] ?? '';
  return { ...target, mount, rawPath: target.rawPath.slice(1 + rawFirst.length), segments: target.segments.slice(1) };
}
