// A run that ends with exit 2 after its reports were asked for still writes them, with the error,
// so the CI page says why: here, a target that cannot be reached.
import { createServer } from 'node:net';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import { parseJunit } from '../helpers/parseJunit.js';
import { runCli } from '../helpers/runCli.js';

/** A loopback port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a run that cannot reach its target', () => {
  it('exits 2 and still writes the JSON, JUnit, HTML and Markdown reports with the error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'apiconform-unreachable-'));
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const file = (name: string) => path.join(dir, name);
    const token = 'f'.repeat(32);
    const sid = (prefix: string) => `${prefix}${'1'.repeat(32)}`;
    await writeFile(file('config.json'), JSON.stringify({ fixtures: { chat_v2: { ServiceSid: sid('IS'), ChannelSid: sid('CH'), ChannelUniqueName: 'general' } } }));
    const result = await runCli(
      ['run', '--base-url', baseUrl, '--config', file('config.json'), '--operations', 'FetchMember', '--seed', '12', '--report-json', file('r.json'), '--report-junit', file('r.xml'),
        '--report-html', file('r.html'), '--report-markdown', file('r.md')],
      { env: { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: token, GITHUB_STEP_SUMMARY: '' } },
    );
    expect(result.code).toBe(2);
    const stderr = result.stderr.trim();
    expect(stderr.startsWith('apiconform run: ')).toBe(true);
    const report: RunReport = JSON.parse(await readFile(file('r.json'), 'utf8'));
    expect(report.error!.code).toBe('TARGET_UNREACHABLE');
    expect(`apiconform run: ${report.error!.message}`).toBe(stderr);
    expect(report.seed).toBe(12);
    expect(report.results).toEqual([]);
    expect(report.settings!.command).toBe(`apiconform run --base-url ${baseUrl} --config ${file('config.json')} --operations FetchMember --seed 12 --report-json ${file('r.json')} --report-junit ${file('r.xml')} --report-html ${file('r.html')} --report-markdown ${file('r.md')}`);
    const junitText = await readFile(file('r.xml'), 'utf8');
    const junit = parseJunit(junitText);
    expect(junit.tests).toBe(1);
    expect(junitText).toContain(`<error message="${report.error!.message.replace(/"/gu, '&quot;')}" type="TARGET_UNREACHABLE">`);
    expect(junitText).toContain('<property name="seed" value="12"/>');
    expect(await readFile(file('r.html'), 'utf8')).toContain('<span class="verdict ERROR" id="verdict">ERROR</span>');
    expect((await readFile(file('r.md'), 'utf8')).split('\n')[0]).toBe('## ❌ apiconform: ERROR');
    for (const name of ['r.json', 'r.xml', 'r.html', 'r.md']) expect((await readFile(file(name), 'utf8')).includes(token)).toBe(false);
  }, 60_000);
});
