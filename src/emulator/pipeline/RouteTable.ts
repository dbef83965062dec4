import type { Route } from '../types.js';

/** A tree of path segments: literal children first, then parameter segments (`{Sid}`, `{Sid}.json`). */
export interface TrieNode {
  literals: Map<string, TrieNode>;
  /** `prefix{…}suffix` segments, the longest fixed text first. */
  params: { prefix: string; suffix: string; node: TrieNode }[];
  /** The routes whose template ends here: one per method, from one description or (at the root) several. */
  routes: Route[];
}

/**
 * Where each description is served: at `/{domain}` (`/chat` for https://chat.twilio.com), and at the
 * root for every path only one loaded description has.
 */
export interface RouteTable {
  /** '' (the root) and each domain prefix (`/chat`, `/api`). */
  mounts: Map<string, TrieNode>;
  /** The prefix of each spec id: `{ chat_v2: '/chat' }`. */
  specMounts: Record<string, string>;
}
