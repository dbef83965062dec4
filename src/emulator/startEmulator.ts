import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarnessError } from '../errors.js';
import type { Fixtures } from '../target.js';
import { answerClientError } from './pipeline/answerClientError.js';
import { createState } from './resources/createState.js';
import { findFault, type FaultName } from './faults/FAULTS.js';
import { handleRequest } from './pipeline/handleRequest.js';
import { loadEmulatorSpecs } from './loadEmulatorSpecs.js';
import { BEHAVIOURS } from './resources/BEHAVIOURS.js';
import { buildModel } from './model/buildModel.js';
import { buildRouteTable, buildRoutes } from './pipeline/buildRouteTable.js';
import { seedFixtures } from './state/seedFixtures.js';
import { Stores } from './state/Stores.js';
import type { SpecIndex } from '../spec/types.js';
import type { App, EmulatorStats } from './types.js';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Same seed, same SIDs and credentials. Random when left out. */
  seed?: number;
  /** Start with one named defect switched on (faults.ts). */
  fault?: FaultName;
  /**
   * The descriptions to serve: files and directories of OpenAPI files (as `serve --spec`), or an index
   * already loaded. Default: the package's `specs/` (Chat Members, Conversations and Proxy Participants).
   */
  specs?: readonly string[] | SpecIndex;
  /** @deprecated One directory of OpenAPI files; same as `specs: [specsDir]`. */
  specsDir?: string;
}

export interface Emulator {
  /** Where every path that only one loaded description has is served. */
  baseUrl: string;
  /** For every loaded spec id, where that description is served: `baseUrl + '/chat'` for chat_v2. */
  baseUrls: Record<string, string>;
  accountSid: string;
  authToken: string;
  fixtures: Fixtures;
  fault?: FaultName;
  /** Live counters: requests by method, responses by status. */
  stats: EmulatorStats;
  close(): Promise<void>;
}

/** Large enough for a long identity alias in the path (Node's default is 16 KB). */
const MAX_HEADER_BYTES = 1024 * 1024;

/** Listens; an address that cannot be had (in use, not ours, unknown) is a usage error. */
function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new HarnessError('USAGE', `cannot listen on ${host}:${port}: ${error.code ?? error.message}`)),
    );
    server.listen(port, host, () => {
      // Past listening, a server error (a failed accept) must not take the process down.
      server.removeAllListeners('error').on('error', () => undefined);
      resolve(server.address() as AddressInfo);
    });
  });
}

const isIndex = (specs: EmulatorOptions['specs']): specs is SpecIndex => specs !== undefined && !Array.isArray(specs);

/** The descriptions to serve, loaded (once per process for the same paths). */
function specIndex(options: EmulatorOptions): Promise<SpecIndex> {
  if (isIndex(options.specs)) return Promise.resolve(options.specs);
  const paths = options.specs ?? (options.specsDir === undefined ? undefined : [options.specsDir]);
  return loadEmulatorSpecs(paths === undefined || paths.length === 0 ? undefined : paths);
}

/**
 * Starts the reference emulator on a plain HTTP server: every resource of the given descriptions, each
 * description under its own prefix (`/chat`, `/api`) and, where no other has the same path, at the root.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const fault = options.fault === undefined ? undefined : findFault(options.fault);
  const index = await specIndex(options);
  const state = createState(options.seed);
  const stats: EmulatorStats = { requests: 0, requestsByMethod: {}, responsesByStatus: {} };
  const model = buildModel(index);
  const routes = buildRouteTable(index, buildRoutes(index, model, BEHAVIOURS));
  const app: App = { routes, model, stores: new Stores(), state, hooks: fault?.hooks ?? {}, stats, baseUrl: '' };
  const fixtures = seedFixtures(app, index.specs.map((spec) => spec.id));

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => void handleRequest(app, req, res));
  server.on('clientError', answerClientError);
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  app.baseUrl = `http://${host}:${address.port}`;

  const baseUrls = Object.fromEntries(Object.entries(routes.specMounts).map(([specId, mount]) => [specId, app.baseUrl + mount]));
  return {
    baseUrl: app.baseUrl,
    baseUrls,
    accountSid: state.credentials.accountSid,
    authToken: state.credentials.authToken,
    fixtures,
    ...(fault ? { fault: fault.name as FaultName } : {}),
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
