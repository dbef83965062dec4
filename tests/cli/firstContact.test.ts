// What a new user types first: --version, --help, a wrong number, a broken YAML file, a bare `lint`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/runCli.js';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

let elsewhere: string;
beforeAll(async () => {
  elsewhere = await mkdtemp(path.join(tmpdir(), 'apiconform-first-'));
});
afterAll(async () => {
  await rm(elsewhere, { recursive: true, force: true });
});

describe('first contact with the CLI', () => {
  it.each(['--version', '-v'])('%s prints the version alone', async (flag) => {
    const result = await runCli([flag]);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help shows each command\'s whole sentence, within 100 columns', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('  run      Runs the conformance suite against a target and prints a matrix of operations × checks.\n');
    expect(stdout).toContain(
      '  lint     Loads OpenAPI files (JSON or YAML, 3.0 or 3.1) the way a run does and reports what is\n' +
        '           wrong with them, including examples that do not match their own schema.\n',
    );
    expect(stdout).toContain('           Participants), statefully.\n');
    expect(stdout.split('\n').filter((line) => [...line].length > 100)).toEqual([]);
  });

  it.each([
    [['run', '--runs', '-5'], '--runs must be a whole number from 1 to 100000, got "-5"'],
    [['run', '--runs', 'abc'], '--runs must be a whole number from 1 to 100000, got "abc"'],
    [['run', '--runs', '-0.5'], '--runs must be a whole number from 1 to 100000, got "-0.5"'],
    [['run', '--seed', '-1'], '--seed must be a whole number from 0 to 2147483647, got "-1"'],
    [['run', '--timeout', '-100'], '--timeout must be a whole number from 1 to 3600000, got "-100"'],
    [['run', '--deadline', 'soon'], '--deadline must be a whole number from 1 to 86400000, got "soon"'],
    [['run', '--concurrency', '-4'], '--concurrency must be a whole number from 1 to 256, got "-4"'],
    [['run', '--rate', '-2'], '--rate must be a number of requests per second > 0, got "-2"'],
    [['run', '--runs', '--seed', '1'], '--runs needs a value (see apiconform run --help)'],
    [['serve', '--port', '-1'], '--port must be a whole number from 0 to 65535, got "-1"'],
  ])('%j: one plain line, exit 2', async (args, says) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`apiconform ${args[0]}: ${says}\n`);
  });

  it('a YAML error ends in the offending line, not in a dangling "column 10:"', async () => {
    const file = fixture('specs/broken-yaml.yaml');
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `apiconform lint: ${file}: invalid YAML at line 3, column 10: Nested mappings are not allowed in compact mappings: "title: broken"\n`,
    );
  });

  it('lint with no argument lints the bundled specs, from any directory', async () => {
    const result = await runCli(['lint'], { cwd: elsewhere });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('3 spec(s), 14 operation(s), 3 resource(s): 0 error(s), 0 warning(s)\n');
  });
});
