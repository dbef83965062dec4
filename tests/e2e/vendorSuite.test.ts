// This file uses apiconform the way a vendor does in its own repository: start the implementation
// under test (here, our emulator), then register the conformance suite among its own vitest tests.
// The imports go through the package's public entry points, as a vendor's would.
import { afterAll } from 'vitest';
import { startEmulator } from 'apiconform';
import { defineConformanceSuite } from 'apiconform/vitest';

const emulator = await startEmulator({ seed: 42 });
afterAll(() => emulator.close());

defineConformanceSuite({
  baseUrl: emulator.baseUrl,
  auth: { accountSid: emulator.accountSid, authToken: emulator.authToken },
  fixtures: emulator.fixtures,
  runs: 5,
  seed: 42,
});
