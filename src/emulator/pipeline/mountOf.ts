import type { LoadedSpec } from '../../spec/types.js';

/**
 * The prefix a description is served under: the first label of its server's host (`https://chat.twilio.com`
 * → `/chat`, `https://flex-api.twilio.com` → `/flex-api`); its spec id when it names no server.
 */
export function mountOf(spec: LoadedSpec): string {
  const server = spec.operations.find((operation) => operation.servers.length > 0)?.servers[0];
  let label: string | undefined;
  try {
    label = server === undefined ? undefined : new URL(server).hostname.split('.')[0];
  } catch {
    label = undefined;
  }
  return `/${label === undefined || label === '' ? spec.id : label}`;
}
