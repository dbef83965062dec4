import type { Step } from '../../../src/checks/types.js';
import type { Expected } from './expected.js';

/** The steps a sequence recorded (on Chat members) and the failures its check must find in them. */
export interface SequenceCase {
  name: string;
  steps: Step[];
  expect: Expected[];
}
