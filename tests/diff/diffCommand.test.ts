import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/runCli.js';
import { hasTwilioOai, SHARED, SKIP_NO_SHARED, TWILIO_OAI } from '../helpers/shared.js';

const CHAT = path.join(ROOT, 'specs/chat_v2.yaml');
const OLD_CHAT = fixture('diff/changed-since/chat_v2.yaml');
const pair = (family: string) => [fixture('diff', family, 'old.yaml'), fixture('diff', family, 'new.yaml')];

describe.concurrent('apiconform diff (the command)', () => {
  it('a file against itself: no change, exit 0, even with --fail-on warning', async () => {
    const outcome = await runCli(['diff', '--fail-on', 'warning', CHAT, CHAT]);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe('0 change(s) in 0 operation(s): 0 breaking, 0 warning, 0 info\n');
    expect(outcome.code).toBe(0);
  }, 120_000);

  it('text is grouped by operation; description-only edits are counted, and shown with --all', async () => {
    const outcome = await runCli(['diff', OLD_CHAT, CHAT]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(
      'chat_v2 ListMember · GET /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members\n' +
        '  info     request-parameter-max-increased: ListMember: query PageSize maximum 100 → 1000; must accept PageSize up to 1000\n\n' +
        'chat_v2 UpdateMember · POST /v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members/{Sid}\n' +
        '  info     new-optional-request-property: UpdateMember: body DateUpdated added, optional; must accept DateUpdated\n\n' +
        '2 change(s) in 2 operation(s): 0 breaking, 0 warning, 2 info; 4 description-only change(s) not shown (--all shows them)\n',
    );
    const all = await runCli(['diff', '--all', OLD_CHAT, CHAT]);
    expect(all.stdout.match(/response-property-description-changed/gu)).toHaveLength(4);
    expect(all.stdout).toMatch(/^6 change\(s\) in 4 operation\(s\): 0 breaking, 0 warning, 6 info\n$/mu);
  }, 120_000);

  it('--fail-on breaking exits 1 when an operation was removed; without it, 0', async () => {
    const failing = await runCli(['diff', '--fail-on', 'breaking', ...pair('operations')]);
    expect(failing.stdout).toContain('  breaking operation-removed: DeleteThing: operation removed; need no longer serve DELETE /v1/Things/{Sid}\n');
    expect(failing.code).toBe(1);
    expect((await runCli(['diff', ...pair('operations')])).code).toBe(0);
  }, 120_000);

  it('--fail-on warning counts warnings and above; --fail-on breaking only breaking', async () => {
    // specs/chat_v2.yaml → OLD: the maximum goes down (breaking), a body field goes (warning).
    expect((await runCli(['diff', '--fail-on', 'warning', OLD_CHAT, CHAT])).code).toBe(0);
    expect((await runCli(['diff', '--fail-on', 'warning', CHAT, OLD_CHAT])).code).toBe(1);
    expect((await runCli(['diff', '--fail-on', 'breaking', ...pair('headers').reverse()])).code).toBe(1);
  }, 120_000);

  it('--format json: { changes: [{ id, level, operationId, method, path, message, … }] }', async () => {
    const outcome = await runCli(['diff', '--format', 'json', CHAT, OLD_CHAT]);
    const { changes } = JSON.parse(outcome.stdout) as { changes: Record<string, unknown>[] };
    expect(changes[0]).toEqual({
      id: 'request-parameter-max-decreased',
      level: 'breaking',
      specId: 'chat_v2',
      operationId: 'ListMember',
      method: 'GET',
      path: '/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members',
      message: 'ListMember: query PageSize maximum 1000 → 100; must reject PageSize above 100',
      field: 'query PageSize',
      before: 1000,
      after: 100,
    });
    expect(changes.map((c) => c.id)).toEqual(['request-parameter-max-decreased', 'request-property-removed']);
  }, 120_000);

  it('--format markdown: a pull-request comment, one table per operation', async () => {
    const outcome = await runCli(['diff', '--format', 'markdown', ...pair('parameters')]);
    expect(outcome.stdout.startsWith('### apiconform diff\n\n13 change(s) in 1 operation(s): 7 breaking, 4 warning, 2 info; 1 description-only')).toBe(true);
    expect(outcome.stdout).toContain('#### new ListThing · GET /v1/Things\n\n| level | rule | change |\n|---|---|---|\n');
    expect(outcome.stdout).toContain('| 🔴 breaking | `request-parameter-max-decreased` | ListThing: query PageSize maximum 1000 → 100; must reject PageSize above 100 |');
  }, 120_000);

  it('bad input: one line, exit 2', async () => {
    const missing = await runCli(['diff', CHAT, 'nowhere/chat_v2.yaml']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'apiconform diff: nowhere/chat_v2.yaml: no such file or directory\n']);
    const broken = await runCli(['diff', fixture('specs/broken-ref.yaml'), CHAT]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^apiconform diff: \S+broken-ref\.yaml: .*missing_thing, which does not exist\n$/u);
    const one = await runCli(['diff', CHAT]);
    expect([one.code, one.stderr]).toEqual([2, 'apiconform diff: expected two paths, OLD and NEW, got 1 (see apiconform diff --help)\n']);
    const format = await runCli(['diff', '--format', 'yaml', CHAT, CHAT]);
    expect([format.code, format.stderr]).toEqual([2, 'apiconform diff: --format must be one of text, json, markdown, got "yaml"\n']);
    const failOn = await runCli(['diff', '--fail-on', 'info', CHAT, CHAT]);
    expect([failOn.code, failOn.stderr]).toEqual([2, 'apiconform diff: --fail-on must be one of breaking, warning, got "info"\n']);
  }, 120_000);

  it('--help', async () => {
    const outcome = await runCli(['diff', '--help']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage: apiconform diff \[--format text\|json\|markdown\] \[--fail-on breaking\|warning\] \[--all\] OLD NEW\n/u);
  }, 120_000);
});

if (!hasTwilioOai) console.warn(SKIP_NO_SHARED);

describe.skipIf(!hasTwilioOai)('apiconform diff on two directories of real releases (../shared)', () => {
  it('matched by spec id; Proxy ShortCodes removed → --fail-on breaking exits 1', async () => {
    const old = path.join(SHARED, 'twilio-oai-history/2025-03-20');
    const outcome = await runCli(['diff', '--fail-on', 'breaking', '--format', 'json', old, TWILIO_OAI]);
    expect(outcome.code).toBe(1);
    const { changes } = JSON.parse(outcome.stdout) as { changes: { specId: string; operationId: string; id: string; level: string }[] };
    expect(changes.filter((c) => c.operationId === 'DeleteShortCode' && c.specId === 'proxy_v1')).toEqual([
      expect.objectContaining({ specId: 'proxy_v1', id: 'operation-removed', level: 'breaking' }),
    ]);
    // Files only in the newer directory are new APIs: every operation added, nothing else claimed there.
    expect(new Set(changes.filter((c) => c.specId === 'api_v2010').map((c) => c.id))).toEqual(new Set(['operation-added']));
  }, 120_000);
});
