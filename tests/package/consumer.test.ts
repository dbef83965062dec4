// A new user's first hour, for real: `npm pack`, the tarball installed into a fresh project from the
// local npm cache, the README's "In your own vitest suite" files run by the consumer's own vitest and
// type-checked by its own tsc with `tsc --init`'s options, the CLI run through npx. One pack and one
// install are shared by every test here; the limits are generous (an install may take a while).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';
import { refused, until } from '../cli/support/untilGone.js';
import { consumerEnv, exec, type Exec } from './support/exec.js';
import { readmeFiles } from './support/readmeFiles.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const typescriptVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/typescript/package.json'), 'utf8')).version as string;

let dir: string;
let project: string;
let packed: string[];
let install: Exec;
const installed = (...parts: string[]) => path.join(project, 'node_modules', ...parts);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'apiconform-consumer-'));
  // dist/ is built before the tests run (pretest); building again here would rewrite it under other tests.
  const pack = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  packed = info.files.map((file) => file.path);
  project = path.join(dir, 'consumer');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  // Only apiconform and typescript are asked for: vitest must arrive as apiconform's peer.
  const tarball = path.join(dir, info.filename);
  const args = ['install', '--no-audit', '--no-fund', tarball, `typescript@${typescriptVersion}`];
  install = await exec('npm', [...args, '--offline'], project, 600_000);
  // `npm ci` caches tarballs but not every registry document a fresh resolution reads: then ask for those.
  if (install.code !== 0 && install.stderr.includes('ENOTCACHED')) install = await exec('npm', [...args, '--prefer-offline'], project, 600_000);
  expect(install.code, install.stderr).toBe(0);
  for (const [name, text] of readmeFiles(ROOT)) await writeFile(path.join(project, name), text);
}, 900_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the packed apiconform in a fresh project', () => {
  it('installs without a word from npm about its scripts, with one vitest of the peer range, at the top', () => {
    // npm 11 lists packages with install-time scripts (`apiconform@0.1.0 (prepare: npm run build)` it was).
    const warnings = `${install.stdout}${install.stderr}`.split('\n').filter((line) => line.startsWith('npm warn'));
    expect(warnings.filter((line) => /apiconform|prepare/u.test(line))).toEqual([]);
    expect(JSON.parse(readFileSync(installed('vitest/package.json'), 'utf8')).version).toMatch(/^4\.(1\.(1[2-9]|[2-9]\d)|[2-9]\d*\.\d+)/u);
    expect(existsSync(installed('apiconform/node_modules/vitest'))).toBe(false);
  });

  it('has the README section\'s two files, exactly as printed', () => {
    expect([...readmeFiles(ROOT).keys()]).toEqual(['my-fake.ts', 'conformance.test.ts']);
    expect(readFileSync(path.join(project, 'conformance.test.ts'), 'utf8')).toContain("import { defineConformanceSuite } from 'apiconform/vitest';");
  });

  it('runs the README suite with the consumer\'s own vitest: every conformance test passes', async () => {
    const result = await exec('npx', ['vitest', 'run'], project);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Test Files\s+1 passed \(1\)/u);
    expect(result.stdout).toMatch(/Tests\s+209 passed \(209\)/u);
  }, 300_000);

  it('type-checks with tsc --init\'s options and no @types/node, also inside apiconform\'s .d.ts files', async () => {
    expect(existsSync(installed('@types/node'))).toBe(false);
    expect((await exec('npx', ['tsc', '--init'], project)).code).toBe(0);
    const config = readFileSync(path.join(project, 'tsconfig.json'), 'utf8');
    expect(config).toMatch(/"types": \[\]/u);
    const checked = await exec('npx', ['tsc', '--noEmit'], project);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    // tsc --init skips the libraries' .d.ts; ours must compile too, with no Node types.
    await writeFile(path.join(project, 'entries.ts'), "export * from 'apiconform';\nexport * from 'apiconform/vitest';\n");
    const options = { strict: true, module: 'nodenext', target: 'es2022', types: [], skipLibCheck: false, noEmit: true };
    await writeFile(path.join(project, 'tsconfig.entries.json'), JSON.stringify({ compilerOptions: options, files: ['entries.ts'] }));
    const strict = await exec('npx', ['tsc', '-p', 'tsconfig.entries.json'], project);
    expect(strict.stdout + strict.stderr).toBe('');
    expect(strict.code).toBe(0);
  }, 300_000);

  it('loads from CommonJS through import()', async () => {
    const script = "import('apiconform').then((m) => console.log(typeof m.startEmulator, typeof m.loadSpecs))";
    const result = await exec(process.execPath, ['--input-type=commonjs', '-e', script], project);
    expect(result.stdout).toBe('function function\n');
  });

  it('ships the sources its source maps name, so stack frames open', () => {
    expect(packed).toContain('src/run/defineConformanceSuite.ts');
    const maps = readdirSync(installed('apiconform/dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(100);
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(installed('apiconform/dist', map), 'utf8')) as { sources: string[] };
      return sources.map((source) => path.resolve(path.dirname(installed('apiconform/dist', map)), source)).filter((file) => !existsSync(file));
    });
    expect(missing).toEqual([]);
  });

  it('runs the CLI through npx with nothing else installed', async () => {
    const version = await exec('npx', ['apiconform', '--version'], project);
    expect(version.stdout).toBe(`${manifest.version}\n`);
    const run = await exec('npx', ['apiconform', 'run', '--runs', '2', '--seed', '1', '-q'], project);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^PASSED: \d+ passed, 0 failed/mu);
  }, 300_000);

  it('stops `npx apiconform serve` when a supervisor sends SIGTERM to npx', async () => {
    // stdin stays open (a pipe this test holds): only npx's going can stop the server.
    const npx = spawn('npx', ['apiconform', 'serve', '--port', '0'], { cwd: project, env: consumerEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: npx.stdout }), 'line')) as [string];
    const port = Number(new URL(JSON.parse(line).baseUrl).port);
    expect(await refused(port)).toBe(false);
    npx.kill('SIGTERM');
    expect(await until(() => refused(port))).toBe(true);
    npx.stdin.end();
  }, 120_000);
});
