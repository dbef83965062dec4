// A resource its path names without an id (accounts_v1's secondary auth token: POST makes it, DELETE
// removes it) is made again before each valid delete, so that every delete has something to delete:
// with many runs, each DeleteSecondaryAuthToken still answers its documented 204.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../hostile/support/cliProcess.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe.skipIf(!hasTwilioOai)("a singleton's delete (accounts_v1 DeleteSecondaryAuthToken)", () => {
  it('answers 204 on every one of 25 valid deletes: the token is made again before each', async () => {
    const spec = path.join(TWILIO_OAI, 'twilio_accounts_v1.json');
    const outcome = await runCliProcess(['run', '-q', '--spec', spec, '--operations', 'DeleteSecondaryAuthToken', '--checks', 'status_code', '--runs', '25', '--seed', '1'], { killAfterMs: 240_000 });
    expect(outcome.stdout).toMatch(/^PASSED: 1 passed, 0 failed, 0 skipped \(1 of 1 operations tested, 1 checks, \d+ cases, 0 failures\)/mu);
    expect(outcome.code, outcome.stderr).toBe(0);
  }, 300_000);
});
