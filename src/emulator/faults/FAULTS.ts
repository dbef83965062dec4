import { HarnessError } from '../../errors.js';
import { representationFaults } from './representationFaults.js';
import { storedFieldFaults } from './storedFieldFaults.js';
import { sequenceFaults } from './sequenceFaults.js';
import { admissionFaults } from './admissionFaults.js';
import { errorFaults } from './errorFaults.js';
import { uniquenessFaults } from './uniquenessFaults.js';
import type { Fault } from './Fault.js';

export type { Fault };

/** Every fault, in the order `apiconform serve --list-faults` shows them. */
export const FAULTS = [
  ...representationFaults,
  ...storedFieldFaults,
  ...sequenceFaults,
  ...admissionFaults,
  ...errorFaults,
  ...uniquenessFaults,
] as const satisfies readonly Fault[];

export type FaultName = (typeof FAULTS)[number]['name'];

export const FAULT_NAMES: readonly FaultName[] = FAULTS.map((fault) => fault.name);

/** The fault of that name; an unknown name is a usage error that lists the known ones. */
export function findFault(name: string): Fault {
  const fault = (FAULTS as readonly Fault[]).find((candidate) => candidate.name === name);
  if (!fault) throw new HarnessError('USAGE', `unknown fault "${name}"; known: ${FAULT_NAMES.join(', ')}`);
  return fault;
}
