export type * from './types.js';
export { LEVELS } from './types.js';
export { diffIndexes, diffPaths, loadForDiff, pairSpecs, specKey } from './diffSpecs.js';
export { diffOperations } from './diffOperations.js';
export { RULES, RULE_FAMILIES } from './rules.js';
export { formatText } from './formatText.js';
export { formatMarkdown } from './formatMarkdown.js';
