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
import { buildRoutes } from './pipeline/routeTable.js';
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
  /** Where the OpenAPI files are; default the package's `specs/`. */
  specsDir?: string;
}

export interface Emulator {
  baseUrl: string;
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

/** Starts the reference emulator on a plain HTTP server: the three resources, all 14 operations, one base URL. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const fault = options.fault === undefined ? undefined : findFault(options.fault);
  const index = await loadEmulatorSpecs(options.specsDir);
  const state = createState(options.seed);
  const stats: EmulatorStats = { requests: 0, requestsByMethod: {}, responsesByStatus: {} };
  const app: App = { routes: buildRoutes(index, BEHAVIOURS), state, hooks: fault?.hooks ?? {}, stats, baseUrl: '' };

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => void handleRequest(app, req, res));
  server.on('clientError', answerClientError);
  const address = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  app.baseUrl = `http://${host}:${address.port}`;

  return {
    baseUrl: app.baseUrl,
    accountSid: state.credentials.accountSid,
    authToken: state.credentials.authToken,
    fixtures: state.fixtures,
    ...(fault ? { fault: fault.name as FaultName } : {}),
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
