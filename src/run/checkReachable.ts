import { HarnessError } from '../errors.js';
import { createHttpClient } from '../http/createHttpClient.js';
import type { SpecIndex } from '../spec/types.js';
import { baseUrlFor, type Target } from '../target.js';
import { isExchange } from '../http/isExchange.js';

/**
 * One request per target origin before anything else: a target that cannot be reached at all ends
 * the run with one line (exit 2), not one failure per case. Any HTTP answer, even a 404, will do.
 */
export async function checkReachable(target: Target, index: SpecIndex, timeoutMs = 10_000): Promise<void> {
  const urls = new Set(index.specs.map((spec) => baseUrlFor(target, spec.id)).filter((url): url is string => url !== undefined));
  const client = createHttpClient({ timeoutMs, concurrency: 4 });
  try {
    for (const url of urls) {
      const outcome = await client.send({ method: 'GET', url: `${url}/`, headers: { accept: 'application/json' } });
      if (!isExchange(outcome)) {
        throw new HarnessError('TARGET_UNREACHABLE', `target ${url} cannot be reached: ${outcome.code} (${outcome.message})`);
      }
    }
  } finally {
    await client.close();
  }
}
