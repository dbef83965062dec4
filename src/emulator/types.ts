import type { Operation, Resource } from '../spec/types.js';
import type { Credentials, Fixtures } from '../target.js';
import type { Collection } from './resources/Collection.js';
import type { Hooks } from './hooks.js';
import type { Model } from './model/buildModel.js';
import type { ResourceNode } from './model/ResourceNode.js';
import type { RouteTable } from './pipeline/RouteTable.js';
import type { Stores } from './state/Stores.js';
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

/** What the path's parent parameters name (a channel, a conversation, an account), and the items under it. */
export interface Parent {
  /** Canonical path values (SIDs), by parameter name: `{ ServiceSid, ChannelSid }`, even when the path used an alias. */
  path: Record<string, string>;
  /** Those values in path order: the key of the collection below. */
  chain: string[];
  /** The role a new member or participant gets (the service's default role). */
  defaultRoleSid?: string;
  items: Collection;
}

/** One fixture parent per level, from the root down: `shape` is an instance path shape (`/v2/Services/{}`). */
export interface Seed {
  /** The description it belongs to; left out: any loaded description that has that shape (the 2010 account). */
  specId?: string;
  levels: { shape: string; sid: string; fields: Fields }[];
}

export interface EmulatorState {
  credentials: Credentials;
  fixtures: Fixtures;
  /** The fixtures' parents, stored as items when their descriptions are loaded. */
  seeds: Seed[];
  /** A service's default role, by service SID (made on first need for a service created here). */
  defaultRoles: Map<string, string>;
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
  /** A JSON body, where the operation documents one (the form is then empty). */
  json?: unknown;
  /** `/chat` when the request came through a description's prefix, '' at the root. `rawPath` and `segments` are inside it. */
  mount: string;
  /** `http://host:port` as the client addressed us, plus the mount; used for `url`, `links` and `meta`. */
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

/** Everything a request is answered from: specs (as routes and a resource tree), state and the fault's hooks. */
export interface App {
  routes: RouteTable;
  model: Model;
  stores: Stores;
  state: EmulatorState;
  hooks: Hooks;
  stats: EmulatorStats;
  baseUrl: string;
}

export interface Route {
  operation: Operation;
  resource: Resource;
  node: ResourceNode;
  /** The resource's own model (Chat members, Conversations and Proxy participants); the generic model otherwise. */
  behaviour?: ResourceBehaviour;
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

/** A handler context on a resource that has its own model. */
export interface CoreContext extends HandlerContext {
  route: Route & { behaviour: ResourceBehaviour };
}
