export type * from './types.js';
export { loadSpecs, loadSpecFile, type LoadOptions } from './loadSpecs.js';
export { compileSchema, formatIssues, type SchemaIssue, type Validate } from './compileSchema.js';
export { validateRequest, type RequestIssue, type WireRequest } from './validateRequest.js';
export { decodeForm, decodeWireValue, decodeWireValues, schemaTypes } from './decodeWireValue.js';
export { joinPointer, resolvePointer } from './jsonPointer.js';
export { listPathOf } from './groupResources.js';
export { specIdOf, specIdOfName } from './specIdOf.js';
