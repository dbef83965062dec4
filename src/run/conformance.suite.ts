// The test file `apiconform run` hands to vitest: the runtime arrives through vitest's provide/inject
// (structured-cloned into the worker: no temp file, no environment variable carries the token).
import { inject } from 'vitest';
import { registerConformanceSuite } from './defineConformanceSuite.js';
import './runtime.js';

registerConformanceSuite(inject('apiconform'));
