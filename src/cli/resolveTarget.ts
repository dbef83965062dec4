import { checkFixtures } from '../run/checkFixtures.js';
import { unmadeParent } from '../run/parents/unmadeParent.js';
import type { SpecIndex } from '../spec/types.js';
import type { Fixtures, Target } from '../target.js';
import type { RunSettings } from './runSettings.js';

/**
 * The emulator's fixtures for the specs that need them: those with a resource whose parents the run
 * could not make by itself (our own specs describe only the three resources). Twilio's files get none:
 * their parents are made on the fly, each under the resource that owns it, as against any target.
 */
function neededFixtures(index: SpecIndex, fixtures: Fixtures, readOnly: boolean): Fixtures {
  const needs = (specId: string) => index.resources.some((r) => r.specId === specId && unmadeParent(index.resources, {}, readOnly, r) !== undefined);
  return Object.fromEntries(Object.entries(fixtures).filter(([specId]) => needs(specId)));
}

/**
 * The target of a run: the one the settings name, or the embedded emulator (started here) serving the
 * run's own specs, each at its own base URL.
 */
export async function resolveTarget(settings: RunSettings, index: SpecIndex): Promise<{ target: Target; emulator?: { baseUrl: string; close(): Promise<void> } }> {
  if (settings.baseUrl !== undefined) {
    const target = { baseUrl: settings.baseUrl, auth: settings.auth!, fixtures: settings.fixtures ?? {} };
    checkFixtures(index, target.fixtures, settings.options);
    return { target };
  }
  const { startEmulator } = await import('../emulator/index.js');
  const seed = settings.options.seed === undefined ? {} : { seed: settings.options.seed };
  const auth = (emulator: { accountSid: string; authToken: string }) => ({ accountSid: emulator.accountSid, authToken: emulator.authToken });
  if (settings.specPaths === undefined) {
    const emulator = await startEmulator(seed);
    return { target: { baseUrl: emulator.baseUrl, auth: auth(emulator), fixtures: emulator.fixtures }, emulator };
  }
  const emulator = await startEmulator({ ...seed, specs: index });
  const fixtures = neededFixtures(index, emulator.fixtures, settings.options.readOnly ?? false);
  return { target: { baseUrl: emulator.baseUrls, auth: auth(emulator), fixtures }, emulator };
}
