import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffIndexes, loadForDiff } from '../../src/diff/diffSpecs.js';
import { operationKey } from '../../src/diff/operationChanges.js';
import type { Change } from '../../src/diff/types.js';
import type { Operation, SpecIndex } from '../../src/spec/types.js';
import { hasTwilioOai, SHARED, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

const HISTORY = path.join(SHARED, 'twilio-oai-history');
const present = hasTwilioOai && existsSync(HISTORY);
if (!present) console.warn(`${SKIP_NO_SHARED}; and ${HISTORY} with it`);

const IGNORED = (key: string, value: unknown) => ['pointer', 'file', 'specId', 'dependentProperties'].includes(key) || key.startsWith('x-') || (key === 'description' && value === '');

/**
 * The contract as loaded, canonical: keys sorted, minus where it was written, vendors' `x-` annotations
 * (code-generator hints: `dependentProperties` is x-twilio's, copied for the emulator's links) and
 * empty descriptions.
 */
const contract = (op: Operation): string =>
  JSON.stringify(op, (key, value) => {
    if (IGNORED(key, value)) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]));
  });

interface Release {
  before: SpecIndex;
  after: SpecIndex;
  changes: Change[];
}

async function release(old: string, files?: string[]): Promise<Release> {
  const names = files ?? readdirSync(old).filter((name) => name.endsWith('.json'));
  const before = await loadForDiff(names.map((name) => path.join(old, name)));
  const after = await loadForDiff(names.filter((n) => existsSync(path.join(TWILIO_OAI, n))).map((n) => path.join(TWILIO_OAI, n)));
  return { before, after, changes: diffIndexes(before, after) };
}

const find = (r: Release, operationId: string, id: string) => r.changes.filter((c) => c.operationId === operationId && c.id === id);

describe.skipIf(!present)('apiconform diff on real releases of twilio-oai (../shared)', () => {
  let june2024: Release;
  let march2025: Release;
  beforeAll(async () => {
    june2024 = await release(path.join(HISTORY, '2024-06-18'));
    march2025 = await release(path.join(HISTORY, '2025-03-20'));
  }, 120_000);

  it('Chat list PageSize maximum 1000 → 100 is breaking, under each list operation', () => {
    const [channels] = find(june2024, 'ListChannel', 'request-parameter-max-decreased');
    expect(channels).toMatchObject({
      specId: 'chat_v2', level: 'breaking', method: 'GET', path: '/v2/Services/{ServiceSid}/Channels',
      field: 'query PageSize', before: 1000, after: 100,
    });
    expect(channels!.message).toBe('ListChannel: query PageSize maximum 1000 → 100; must reject PageSize above 100');
    expect(find(june2024, 'ListUserBinding', 'request-parameter-max-decreased')[0]).toMatchObject({ before: 1000, after: 50 });
  });

  it('Conversations State gains `initializing`: may be returned (warning), must be accepted (info)', () => {
    const fetch = find(march2025, 'FetchConversation', 'response-property-enum-value-added');
    expect(fetch).toEqual([expect.objectContaining({ specId: 'conversations_v1', level: 'warning', field: 'response 200 state', after: 'initializing' })]);
    expect(fetch[0]!.message).toContain('may return state `initializing`');
    expect(find(march2025, 'CreateConversation', 'request-property-enum-value-added')).toEqual([
      expect.objectContaining({ level: 'info', field: 'body State', after: 'initializing' }),
    ]);
  });

  it("Proxy's ShortCodes resource removed: five operations, each breaking; and one loosened body field", () => {
    const proxy = march2025.changes.filter((c) => c.specId === 'proxy_v1' && !c.descriptionOnly);
    expect(proxy.map((c) => [c.operationId, c.id, c.level, c.field])).toEqual([
      // The items of CreateSession's Participants lost their `type: object`.
      ['CreateSession', 'request-property-type-removed', 'info', 'body Participants[]'],
      ...['ListShortCode', 'CreateShortCode', 'FetchShortCode', 'UpdateShortCode', 'DeleteShortCode'].map((id) => [id, 'operation-removed', 'breaking', 'operation']),
    ]);
  });

  it('changes are claimed exactly for the operations whose loaded contract differs, in every file of both releases', () => {
    for (const r of [june2024, march2025]) {
      const old = new Map(r.before.operations.map((op) => [`${op.specId} ${operationKey(op)}`, op]));
      const claimed = new Set(r.changes.map((c) => `${c.specId} ${c.method} ${c.path}`));
      const differ: string[] = [];
      const kept: string[] = [];
      for (const op of r.after.operations) {
        const was = old.get(`${op.specId} ${operationKey(op)}`);
        if (!was) continue;
        kept.push(`${op.specId} ${op.method} ${op.path}`);
        if (contract(was) !== contract(op)) differ.push(`${op.specId} ${op.method} ${op.path}`);
      }
      expect(kept.filter((key) => claimed.has(key)).sort()).toEqual(differ.sort());
      expect(differ.length).toBeGreaterThan(0);
      expect(differ.length).toBeLessThan(kept.length);
    }
  });

  it('every file of 2024-06-18 against itself: no change', async () => {
    const same = await loadForDiff(path.join(HISTORY, '2024-06-18'));
    expect(diffIndexes(june2024.before, same)).toEqual([]);
  });
});
