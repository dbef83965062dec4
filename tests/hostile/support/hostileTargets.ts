import { afterAll, beforeAll } from 'vitest';
import { startHostile, type Behaviour, type HostileServer } from './hostileServer.js';
import { startUpstream, type Upstream } from './hostileRun.js';

/**
 * The fixture every hostile-target file uses: a correct emulator upstream (started before the
 * file's tests, closed after them), and `serve(behaviour)` for a misbehaving server in front of it.
 */
export function hostileTargets(tag: string): { readonly upstream: Upstream; serve(behaviour: Behaviour): Promise<HostileServer> } {
  let upstream: Upstream | undefined;
  const servers: HostileServer[] = [];
  beforeAll(async () => {
    upstream = await startUpstream(tag);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await upstream?.close();
  });
  return {
    get upstream() {
      if (!upstream) throw new Error('the upstream starts in beforeAll');
      return upstream;
    },
    async serve(behaviour) {
      const server = await startHostile(behaviour, this.upstream.emulator.baseUrl);
      servers.push(server);
      return server;
    },
  };
}
