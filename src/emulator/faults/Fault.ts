import type { CheckId } from '../../checkIds.js';
import type { Hooks } from '../hooks.js';

/**
 * A deliberate, narrow defect the emulator can be started with, for proving that the conformance
 * suite catches it: `check` is the check id that must fail. Each is a few hooks (hooks.ts) into the
 * otherwise correct pipeline, and leaves everything else as it was.
 */
export interface Fault {
  name: string;
  description: string;
  check: CheckId;
  hooks: Hooks;
}
