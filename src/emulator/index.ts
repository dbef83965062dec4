export { startEmulator, type Emulator, type EmulatorOptions } from './startEmulator.js';
export { FAULTS, FAULT_NAMES, findFault, type Fault, type FaultName } from './faults/FAULTS.js';
export { DEFAULT_SPECS_DIR } from './loadEmulatorSpecs.js';
export { BODY_LIMIT } from './pipeline/bodyLimit.js';
export type { Hooks } from './hooks.js';
export type { EmulatorStats } from './types.js';
