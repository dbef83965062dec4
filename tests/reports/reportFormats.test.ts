// One run against `apiconform serve --fault url_uses_identity` writing every report format, each
// read back the way its reader would: the HTML with a real parser, JUnit's properties and times,
// the Markdown summary in a file and appended to GITHUB_STEP_SUMMARY.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/run/report.js';
import type { CliResult } from '../helpers/runCli.js';
import { attr, byClass, byId, byTag, findAll, parseHtml, text, type HtmlNode } from './support/html.js';
import { readJson, serveFault, type ServedFault } from './support/serveFault.js';

let target: ServedFault;
let run: CliResult;
let report: RunReport;
let html: HtmlNode;
let markdown: string;
let stepSummary: string;
let junit: string;
const file = (name: string) => path.join(target.dir, name);

beforeAll(async () => {
  target = await serveFault('url_uses_identity');
  await writeFile(file('summary.md'), 'an earlier step\n');
  run = await target.cli(
    ['run', '--config', target.config, '--runs', '5', '--seed', '5', '-q', '--report-json', file('r.json'), '--report-junit', file('r.xml'),
      '--report-html', file('r.html'), '--report-markdown', file('r.md')],
    { GITHUB_STEP_SUMMARY: file('summary.md') },
  );
  report = await readJson(file('r.json'));
  html = parseHtml(await readFile(file('r.html'), 'utf8'));
  markdown = await readFile(file('r.md'), 'utf8');
  stepSummary = await readFile(file('summary.md'), 'utf8');
  junit = await readFile(file('r.xml'), 'utf8');
}, 120_000);

afterAll(() => target?.close());

describe('--report-html against a target with the url_uses_identity fault', () => {
  it('shows the verdict and the summary line', () => {
    expect(run.code).toBe(1);
    expect(text(byId(html, 'verdict')!)).toBe('FAILED');
    expect(text(byTag(html, 'title')[0]!)).toBe('apiconform: FAILED');
    expect(text(byClass(html, 'summary')[0]!)).toContain(`${report.summary.passed} passed, ${report.summary.failed} failed`);
  });

  it('has the operations × checks matrix as a plain table, a coloured cell per result', () => {
    const table = byId(html, 'matrix')!;
    const checks = byClass(table, 'check').map(text);
    expect(checks).toContain('self_url');
    const rows = byTag(byTag(table, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(new Set(report.results.map((r) => `${r.spec} ${r.operation}`)).size);
    const create = rows.find((row) => text(byTag(row, 'th')[0]!) === 'chat_v2CreateMember')!;
    const cells = byTag(create, 'td');
    const selfUrl = cells[checks.indexOf('self_url')]!;
    expect(attr(selfUrl, 'class')).toBe('failed');
    expect(text(selfUrl)).toBe('FAIL');
    const anchor = attr(byTag(selfUrl, 'a')[0]!, 'href')!.slice(1);
    expect(text(byTag(byId(html, anchor)!, 'h3')[0]!)).toMatch(/^\d+\) self_url · chat_v2 CreateMember$/u);
    expect(attr(cells[checks.indexOf('status_code')]!, 'class')).toBe('passed');
    expect(report.results.filter((r) => r.status === 'failed')).toHaveLength(byTag(table, 'td').filter((td) => attr(td, 'class') === 'failed').length);
  });

  it('gives each failure its message, curl, response and replay seed', () => {
    const articles = byClass(html, 'failure');
    expect(articles).toHaveLength(report.failures.length);
    report.failures.forEach((failure, i) => {
      const article = articles[i]!;
      expect(text(byClass(article, 'message')[0]!)).toBe(failure.message);
      expect(text(byClass(article, 'curl')[0]!)).toBe(failure.curl);
      expect(text(byClass(article, 'response')[0]!)).toContain(`HTTP ${failure.response!.status}\n`);
      expect(text(byClass(article, 'response')[0]!)).toContain(failure.response!.body);
      expect(text(byClass(article, 'replay')[0]!)).toContain('--seed 5');
    });
  });

  it('has the coverage table: per operation, requests sent and statuses seen', () => {
    const table = byClass(html, 'coverage')[0]!;
    const rows = byTag(byTag(table, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(14);
    const create = report.coverage!.operations.find((c) => c.operation === 'CreateMember')!;
    const row = rows.find((r) => text(byTag(r, 'th')[0]!) === 'chat_v2 CreateMember')!;
    const sent = Object.values(create.scenarios).reduce((sum, s) => sum + s.sent, 0);
    expect(text(byTag(row, 'td')[0]!)).toBe(String(sent));
    expect(text(byTag(row, 'td')[1]!)).toBe(String(create.scenarios.positive!.sent));
    expect(text(byTag(row, 'td').at(-1)!)).toContain(`201 ×${create.scenarios.positive!.statuses['201']}`);
  });

  it('lists the run settings, the command line among them', () => {
    const settings = Object.fromEntries(
      byTag(byClass(html, 'settings')[0]!, 'dt').map((dt, i) => [text(dt), text(byTag(byClass(html, 'settings')[0]!, 'dd')[i]!)]),
    );
    expect(settings.seed).toBe('5');
    expect(settings.runs).toBe('5');
    expect(settings.target).toBe(target.info.baseUrl);
    expect(settings.command).toMatch(/^apiconform run --config \S+config\.json --runs 5 --seed 5 /u);
  });

  it('is one offline file: nothing to fetch, one inline script of ours', () => {
    const external = ['link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source'].flatMap((tag) => byTag(html, tag));
    expect(external).toHaveLength(0);
    expect(findAll(html, (n) => attr(n, 'src') !== undefined)).toHaveLength(0);
    expect(text(byTag(html, 'style')[0]!)).not.toMatch(/url\(|@import/u);
    const references = [...byTag(html, 'a'), ...byTag(html, 'script')].map((n) => attr(n, 'href') ?? attr(n, 'src')).filter((v) => v !== undefined);
    expect(references.every((ref) => ref!.startsWith('#failure-'))).toBe(true);
    expect(byTag(html, 'script')).toHaveLength(1);
    expect(byTag(html, 'style')).toHaveLength(1);
    const policy = byTag(html, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(policy!, 'content')).toContain("default-src 'none'");
  });
});

describe('the Markdown summary', () => {
  it('is appended to GITHUB_STEP_SUMMARY and written by --report-markdown, the same text', () => {
    expect(stepSummary).toBe(`an earlier step\n${markdown}`);
  });

  it('has the verdict, the failing checks by operation, and the first failures with curl', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ apiconform: FAILED');
    expect(markdown).toContain('| operation | failing checks |');
    expect(markdown).toContain('| chat_v2 CreateMember | `self_url` |');
    const first = report.failures[0]!;
    expect(markdown).toContain(`<details><summary>1) <code>${first.check}</code> · ${first.spec} ${first.operation}:`);
    expect(markdown).toContain(`\n${first.curl}\n`);
    expect(markdown).toContain('replay: --seed 5');
  });
});

describe('the JUnit report', () => {
  it('carries the seed and the command line as properties', () => {
    expect(junit).toContain('<property name="seed" value="5"/>');
    const command = /<property name="command" value="([^"]*)"\/>/u.exec(junit)?.[1];
    expect(command).toMatch(/^apiconform run --config \S+ --runs 5 --seed 5 -/u);
  });

  it('gives every testcase a time', () => {
    const times = [...junit.matchAll(/<testcase [^>]*?time="([^"]*)"/gu)].map((m) => m[1]!);
    expect(times).toHaveLength(report.results.length);
    expect(times.every((t) => /^\d+\.\d{3}$/u.test(t))).toBe(true);
    expect(times.some((t) => Number(t) > 0)).toBe(true);
  });
});
