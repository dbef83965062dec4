import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { loadSpecs, type SpecIndex } from '../../src/spec/index.js';
import { hasTwilioOai, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';
import { walkTree } from './support/walkTree.js';

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

let index: SpecIndex;
let emulator: Emulator;
beforeAll(async () => {
  if (!hasTwilioOai) return;
  index = await loadSpecs(TWILIO_OAI, { compile: false });
  emulator = await startEmulator({ specs: index, seed: 55 });
}, 120_000);
afterAll(() => emulator?.close());

describe.skipIf(!hasTwilioOai)("the emulator serving all 55 of Twilio's descriptions at once", () => {
  it('creates every resource whose parents it can create; every create, fetch and list answer matches its schema', async () => {
    const figures = await walkTree(index, emulator);
    console.log(
      `walk: ${figures.created} of ${figures.creatable} creatable resources created (${figures.orphaned} under parents it cannot create), ` +
        `${figures.swept} other operations swept, ${figures.exchanges} exchanges, statuses ${JSON.stringify(figures.statuses)}; ` +
        `requests not built: ${figures.unbuildable.join(' | ') || 'none'}`,
    );
    // Twilio's 2010 descriptions say `format: uri` for `uri` and the page URIs, which Twilio (and its own
    // examples, see `apiconform lint`) write relative to the API's base URL; the helper libraries need them so.
    const relativePageUri = /^\w+ 200: \/\w*uri must match format "uri"(; \/\w*uri must match format "uri")*$/u;
    const defects = figures.problems.filter((problem) => relativePageUri.test(problem));
    console.log(`2010 list pages with relative URIs where the description says format uri: ${defects.length}`);
    expect(figures.problems.filter((problem) => !relativePageUri.test(problem))).toEqual([]);
    expect(Object.keys(figures.statuses).filter((status) => Number(status) >= 500)).toEqual([]);
    // Measured: all 270 resources with a create are created; 1284 answers are 2xx; three operations of
    // intelligence_v2 document ServiceSid patterns (GA, LY) no one service SID can meet, so are not sent.
    expect(figures.creatable).toBe(270);
    expect(figures.created).toBe(270);
    const successes = Object.entries(figures.statuses).filter(([status]) => status < '300').reduce((sum, [, count]) => sum + count, 0);
    expect(successes).toBeGreaterThanOrEqual(1284);
    expect(figures.unbuildable.length).toBeLessThanOrEqual(3);
  }, 300_000);
});
