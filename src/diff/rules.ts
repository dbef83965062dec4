import { HEADER_RULES } from './headerChanges.js';
import { OPERATION_RULES } from './operationChanges.js';
import { PARAMETER_RULES } from './parameterChanges.js';
import { REQUEST_BODY_RULES } from './requestBodyChanges.js';
import { RESPONSE_RULES } from './responseChanges.js';
import { RESPONSE_PROPERTY_RULES } from './responsePropertyChanges.js';
import { SECURITY_RULES } from './securityChanges.js';
import type { Rule } from './types.js';

/** The whole catalogue, by family: rule id → level and wording. */
export const RULE_FAMILIES: Record<string, Record<string, Rule>> = {
  operations: OPERATION_RULES,
  parameters: PARAMETER_RULES,
  'request body': REQUEST_BODY_RULES,
  responses: RESPONSE_RULES,
  'response properties': RESPONSE_PROPERTY_RULES,
  'response headers': HEADER_RULES,
  security: SECURITY_RULES,
};

export const RULES: Record<string, Rule> = Object.assign({}, ...Object.values(RULE_FAMILIES));
