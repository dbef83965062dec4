import { anyOfUnsatisfied } from './anyOfUnsatisfied.js';
import { badEnum } from './badEnum.js';
import { emptyString } from './emptyString.js';
import { invalidDateTime } from './invalidDateTime.js';
import { invalidJson } from './invalidJson.js';
import { missingRequired } from './missingRequired.js';
import { outOfRange } from './outOfRange.js';
import { tooLong } from './tooLong.js';
import { wrongPattern } from './wrongPattern.js';
import { wrongType } from './wrongType.js';
import type { Mutation } from '../types.js';

/** Every negative mutation, each breaking one documented rule. */
export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  missingRequired,
  emptyString,
  wrongPattern,
  wrongType,
  outOfRange,
  tooLong,
  invalidJson,
  invalidDateTime,
  badEnum,
  anyOfUnsatisfied,
};

export {
  anyOfUnsatisfied, badEnum, emptyString, invalidDateTime, invalidJson, missingRequired, outOfRange, tooLong, wrongPattern, wrongType,
};
