// `apiconform serve` must not outlive whoever started it: a supervisor's SIGTERM to npx never reaches
// it, so it watches its parent and a piped stdin. Real processes, real ports; waits are generous bounds.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/runCli.js';
import { ended, refused, until } from './support/untilGone.js';

// A parent like npx: starts serve, says its pid and first line, and then can be killed outright.
const PARENT = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, [${JSON.stringify(BIN)}, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.once('data', (line) => process.stdout.write(child.pid + ' ' + line));
`;

const portOf = (line: string): number => Number(new URL(JSON.parse(line).baseUrl).port);

describe('apiconform serve stops with whoever started it', () => {
  it('when its parent is killed with SIGKILL (no signal reaches serve)', async () => {
    const parent = spawn(process.execPath, ['-e', PARENT], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const [first] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const [pid, line] = [Number(first.split(' ')[0]), first.slice(first.indexOf(' ') + 1)];
    const port = portOf(line);
    expect(await refused(port)).toBe(false);
    parent.kill('SIGKILL');
    expect(await until(() => ended(pid))).toBe(true);
    expect(await refused(port)).toBe(true);
  });

  it('when its piped stdin is closed, exiting 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const exited = once(child, 'exit');
    child.stdin.end();
    expect(await exited).toEqual([0, null]);
    expect(await refused(portOf(line))).toBe(true);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('on %s, exiting 0', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const exited = once(child, 'exit');
    child.kill(signal);
    expect(await exited).toEqual([0, null]);
    expect(await refused(portOf(line))).toBe(true);
  });
});
