import type { EmulatorResponse } from '../types.js';
import type { Fault } from './Fault.js';

const isSuccessWithBody = (response: EmulatorResponse): boolean => response.status < 300 && response.body !== undefined;

/** Uniqueness under writes and races; and the response header fault (the table keeps the order the faults were added in). */
export const uniquenessFaults = [
  {
    name: 'duplicate_identity_allowed',
    description: 'a second create with a taken identity (Proxy: identifier) succeeds instead of 409',
    check: 'conflict',
    hooks: { clash: () => undefined },
  },
  {
    name: 'update_ignores_uniqueness',
    description: "an update may give a participant another one's identity (creates still get 409)",
    check: 'conflict',
    hooks: { clash: (existing, kind) => (kind === 'update' ? undefined : existing) },
  },
  {
    name: 'racy_create',
    description: 'create waits 10 ms between its uniqueness check and its insert, so concurrent duplicates all succeed',
    check: 'concurrency',
    hooks: { beforeInsert: () => new Promise((resolve) => setTimeout(resolve, 10)) },
  },
  {
    name: 'bad_cors_header_type',
    description: "success responses say Access-Control-Allow-Credentials: maybe (the spec documents a boolean)",
    check: 'response_headers',
    hooks: {
      respond: (r) => (isSuccessWithBody(r) ? { ...r, headers: { ...r.headers, 'access-control-allow-credentials': 'maybe' } } : r),
    },
  },
] as const satisfies readonly Fault[];
