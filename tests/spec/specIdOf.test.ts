import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs, specIdOf } from '../../src/spec/index.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { ROOT } from '../helpers/runCli.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe('spec ids', () => {
  it.each([
    ['../shared/twilio-oai/twilio_chat_v2.json', 'chat_v2'],
    ['specs/chat_v2.yaml', 'chat_v2'],
    ['/x/twilio_api_v2010.json', 'api_v2010'],
    ['my_twilio_fake.yml', 'my_twilio_fake'],
  ])('%s → %s', (file, id) => {
    expect(specIdOf(file)).toBe(id);
  });

  it.skipIf(!hasTwilioOai)("an official file and ours of the same API clash, naming both files", async () => {
    const ours = path.join(ROOT, 'specs/chat_v2.yaml');
    const official = path.join(TWILIO_OAI, 'twilio_chat_v2.json');
    const error = await loadSpecs([ours, official]).then(() => undefined, (e: Error & { code?: string }) => e);
    expect(error?.code).toBe('SPEC_INVALID');
    expect(error?.message).toContain(ours);
    expect(error?.message).toContain(official);
    expect(error?.message).toContain('"chat_v2"');
  });

  it.skipIf(!hasTwilioOai)('the official file loads as chat_v2', async () => {
    const index = await loadSpecs(path.join(TWILIO_OAI, 'twilio_chat_v2.json'), { compile: false });
    expect(index.specs.map((s) => s.id)).toEqual(['chat_v2']);
    expect(new Set(index.operations.map((o) => o.specId))).toEqual(new Set(['chat_v2']));
  });
});
