import type { Operation, Resource } from '../../../src/spec/types.js';
import { FIXTURES, projectSpecs } from '../../generate/projectSpecs.js';

export { FIXTURES };

const hex = (digit: string): string => digit.repeat(32);

/** The account the cases authenticate as: what `account_sid` must be. */
export const ACCOUNT = `AC${hex('0')}`;

/** Instance SIDs the cases use, one per spec, and a second one for "another" resource. */
export const SID = { chat_v2: `MB${hex('1')}`, conversations_v1: `MB${hex('2')}`, proxy_v1: `KP${hex('3')}` } as const;
export const OTHER_SID = { chat_v2: `MB${hex('4')}`, conversations_v1: `MB${hex('5')}`, proxy_v1: `KP${hex('6')}` } as const;

export type SpecId = keyof typeof SID;

/** An operation of the bundled specs, loaded by the real spec loader, and the resource it belongs to. */
export async function subject(specId: SpecId, operationId: string): Promise<{ operation: Operation; resource: Resource }> {
  const index = await projectSpecs();
  const operation = index.operations.find((op) => op.specId === specId && op.operationId === operationId);
  const resource = index.resources.find((r) => r.specId === specId && Object.values(r.operations).includes(operation!));
  if (!operation || !resource) throw new Error(`no operation ${specId} ${operationId} in the bundled specs`);
  return { operation, resource };
}

/** The resource of a spec (each bundled spec describes one). */
export async function resourceOf(specId: SpecId): Promise<Resource> {
  const resource = (await projectSpecs()).resources.find((r) => r.specId === specId);
  if (!resource) throw new Error(`no resource in ${specId}`);
  return resource;
}
