/** The check ids of docs/conformance.md, in its order. Reports, tests, faults and flags use these. */
export const CHECK_IDS = [
  'status_code',
  'content_type',
  'response_schema',
  'sid_pattern',
  'sid_consistency',
  'request_echo',
  'defaults',
  'self_url',
  'lifecycle',
  'timestamps',
  'pagination',
  'negative_rejection',
  'not_found',
  'auth',
  'error_shape',
  'no_server_error',
  'conflict',
  'concurrency',
  'response_headers',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export const isCheckId = (value: string): value is CheckId => (CHECK_IDS as readonly string[]).includes(value);
