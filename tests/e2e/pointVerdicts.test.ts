import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/emulator/index.js';
import type { FailureReport, RunReport } from '../../src/run/report.js';
import { startApi } from '../emulator/api.js';
import { runCli } from '../helpers/runCli.js';

// Issue #11 points 2, 3, 4 and 8, end to end and narrowed to the checks concerned (the fault matrix runs
// every check on one seed): each named fault is reported under its own check id, with the message
// that says where. Seeds are fixed; a seed below is one where the run before the fix passed.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-points-'));
});

async function failuresAgainst(fault: FaultName, seed: number, args: string[]): Promise<{ code: number | null; failures: FailureReport[] }> {
  const api = await startApi({ seed, fault });
  try {
    const config = path.join(dir, `${fault}-${seed}.json`);
    await writeFile(config, JSON.stringify({ baseUrl: api.emulator.baseUrl, fixtures: api.fixtures }));
    const report = path.join(dir, `${fault}-${seed}.report.json`);
    const env = { TWILIO_ACCOUNT_SID: api.emulator.accountSid, TWILIO_AUTH_TOKEN: api.emulator.authToken };
    const result = await runCli(['run', '--config', config, '--seed', String(seed), '-q', '--report-json', report, ...args], { env, timeoutMs: 120_000 });
    return { code: result.code, failures: (JSON.parse(await readFile(report, 'utf8')) as RunReport).failures };
  } finally {
    await api.emulator.close();
  }
}

const where = (failures: FailureReport[]) => failures.map((f) => `${f.check} · ${f.spec} ${f.operation}`);

describe('#11: each fault under its own check id', () => {
  it('update_ignores_uniqueness fails conflict: an update to a taken identity must get 409', async () => {
    const { code, failures } = await failuresAgainst('update_ignores_uniqueness', 3, ['--checks', 'conflict', '--runs', '5']);
    expect(code).toBe(1);
    expect(where(failures)).toEqual(['conflict · conversations_v1 Participants sequences']);
    expect(failures[0]!.message).toMatch(/^an update of MB[0-9a-f]{32} to the Identity ".+" of MB[0-9a-f]{32}: Received 200 \/ Expected 409$/u);
  }, 120_000);

  it('partial_update_on_error fails negative_rejection on both updates, with the fetched resource (seed 15 passed before)', async () => {
    const { code, failures } = await failuresAgainst('partial_update_on_error', 15, [
      '--checks', 'negative_rejection', '--operations', 'UpdateMember,UpdateServiceConversationParticipant', '--runs', '5',
    ]);
    expect(code).toBe(1);
    const changed = failures.filter((f) => /^the request was refused but changed MB[0-9a-f]{32}: /u.test(f.message));
    expect(where(changed)).toEqual(['negative_rejection · chat_v2 UpdateMember', 'negative_rejection · conversations_v1 UpdateServiceConversationParticipant']);
  }, 120_000);

  it.each([
    ['parent_sid_is_alias', 'sid_consistency', /^FetchMember through ChannelSid "general": Received: \/channel_sid "general" \/ Expected: CH[0-9a-f]{32}$/u],
    ['url_uses_alias_on_fetch', 'self_url', /^FetchMember by ".+": Received: url ".+" \/ Expected path: \/v2\/Services\/IS[0-9a-f]{32}\/Channels\/CH[0-9a-f]{32}\/Members\/MB[0-9a-f]{32}$/u],
  ] as const)('%s inside a sequence fails %s, not only lifecycle', async (fault, check, message) => {
    const { code, failures } = await failuresAgainst(fault, 3, ['--checks', `lifecycle,${check}`, '--runs', '5']);
    expect(code).toBe(1);
    const own = failures.filter((f) => f.check === check && f.spec === 'chat_v2');
    expect(where(own)).toEqual([`${check} · chat_v2 Members sequences`]);
    expect(own[0]!.message).toMatch(message);
    expect(own[0]!.steps?.[0]).toMatch(/^CreateMember /u);
  }, 120_000);

  it.each([
    ['server_error_on_bad_encoding', 'no_server_error', 'CreateMember', /^Received: 500 for a request where the path has malformed percent-encoding \(%E0%A4%zz\)$/u],
    ['crash_on_json_body', 'no_server_error', 'CreateMember', /^Received: 500 for a request where the body is JSON where a form is documented$/u],
    ['undocumented_method_404', 'negative_rejection', 'ListMember', /^Received: 404 \/ Expected: 405, because PUT is not documented on \/v2\/Services\/\{ServiceSid\}\/Channels\/\{ChannelSid\}\/Members$/u],
  ] as const)('%s is caught by %s through a protocol probe', async (fault, check, operationId, message) => {
    const { code, failures } = await failuresAgainst(fault, 3, ['--checks', check, '--operations', operationId, '--runs', '5']);
    expect(code).toBe(1);
    expect(where(failures)).toEqual([`${check} · chat_v2 ${operationId}`]);
    expect(failures[0]!.message).toMatch(message);
  }, 120_000);
});
