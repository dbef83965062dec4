import type { Operation, Resource } from '../spec/types.js';
import type { Credentials, Fixtures } from '../target.js';
import type { Collection } from './resources/Collection.js';
import type { Hooks } from './hooks.js';
import type { ResourceBehaviour } from './resources/ResourceBehaviour.js';
import type { ProxyPool } from './resources/ProxyPool.js';

/** A resource representation as stored: every documented field but `url` and `links`. */
export type Fields = Record<string, unknown>;

/** One stored member or participant. `seq` orders items by creation (stable pagination). */
export interface Item {
  sid: string;
  seq: number;
  fields: Fields;
}

/** A channel, conversation or session: what the path's parent parameters name. */
export interface Parent {
  specId: string;
  /** Canonical path values (SIDs), by parameter name: `{ ServiceSid, ChannelSid }`. */
  path: Record<string, string>;
  /** Every value that names this parent, by parameter: the SID, and aliases such as a unique name. */
  names: Record<string, readonly string[]>;
  defaultRoleSid?: string;
  items: Collection;
}

export interface EmulatorState {
  credentials: Credentials;
  fixtures: Fixtures;
  parents: Parent[];
  pool: ProxyPool;
  mintSid: (prefix: string) => string;
  /** Every SID the emulator has handed out, deleted ones included. */
  issued: ReadonlySet<string>;
}

/** A request after transport-level parsing: path segments decoded, query and form as pairs. */
export interface EmulatorRequest {
  method: string;
  rawPath: string;
  segments: string[];
  query: [string, string][];
  headers: Record<string, string | undefined>;
  form: [string, string][];
  /** `http://host:port` as the client addressed us; used for `url`, `links` and `meta`. */
  origin: string;
}

/** What the pipeline answers, before serialisation. `body` undefined means no body. */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface EmulatorStats {
  requests: number;
  requestsByMethod: Record<string, number>;
  responsesByStatus: Record<string, number>;
}

/** Everything a request is answered from: specs (as routes), state and the fault's hooks. */
export interface App {
  routes: Route[];
  state: EmulatorState;
  hooks: Hooks;
  stats: EmulatorStats;
  baseUrl: string;
}

export interface Route {
  operation: Operation;
  resource: Resource;
  behaviour: ResourceBehaviour;
  /** The path template split on '/': literals, and `{Name}` for parameters. */
  template: string[];
}

/** What the pipeline knows about one request so far (hooks see it). */
export interface PipelineContext {
  app: App;
  request?: EmulatorRequest;
  route?: Route;
  params?: Record<string, string>;
  parent?: Parent;
}

/** A routed, validated request whose parents exist: what handlers get. */
export interface HandlerContext extends PipelineContext {
  request: EmulatorRequest;
  route: Route;
  params: Record<string, string>;
  parent: Parent;
}
