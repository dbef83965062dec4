import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './runCli.js';

/**
 * ../shared holds the official Twilio descriptions and the seed pages. It exists on the developers'
 * machines and in CI, not on a user's clone: tests that read it skip, and say why.
 */
export const SHARED = path.resolve(ROOT, '../shared');
export const TWILIO_OAI = path.join(SHARED, 'twilio-oai');
export const hasTwilioOai = existsSync(TWILIO_OAI);
export const SKIP_NO_SHARED = `skipped: ${TWILIO_OAI} is absent (it exists only beside the developers' clone, not in a user's)`;
