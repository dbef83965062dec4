/** Bodies above this many bytes get a 413 without being read. Apart from readBody, so that the public
 * types never reach its `node:http` and `Buffer` types (a consumer's tsc has no Node types by default). */
export const BODY_LIMIT = 1024 * 1024;
