import { checkFixtures } from '../run/checkFixtures.js';
import type { SpecIndex } from '../spec/types.js';
import type { Target } from '../target.js';
import type { RunSettings } from './runSettings.js';

/** The target of a run: the one the settings name, or the embedded emulator (started here). */
export async function resolveTarget(settings: RunSettings, index: SpecIndex): Promise<{ target: Target; emulator?: { close(): Promise<void> } }> {
  if (settings.baseUrl !== undefined) {
    const target = { baseUrl: settings.baseUrl, auth: settings.auth!, fixtures: settings.fixtures ?? {} };
    checkFixtures(index, target.fixtures, settings.options);
    return { target };
  }
  const { startEmulator } = await import('../emulator/index.js');
  const emulator = await startEmulator(settings.options.seed === undefined ? {} : { seed: settings.options.seed });
  const auth = { accountSid: emulator.accountSid, authToken: emulator.authToken };
  return { target: { baseUrl: emulator.baseUrl, auth, fixtures: emulator.fixtures }, emulator };
}
