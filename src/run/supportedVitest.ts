import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError } from '../errors.js';

/** The vitest range apiconform is tested with: package.json's peer range (`^4.1.12`), one source of truth. */
export const SUPPORTED_VITEST: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { peerDependencies: { vitest: string } }
).peerDependencies.vitest;

/** The entry file of the vitest that this module imports (the consumer's own, vitest being a peer). */
function vitestEntry(): string {
  const meta = import.meta as { resolve?: (specifier: string) => string };
  // Node resolves with the import condition; vite's module runner (our own tests) may lack import.meta.resolve.
  if (typeof meta.resolve === 'function') return fileURLToPath(meta.resolve('vitest'));
  return createRequire(import.meta.url).resolve('vitest');
}

/** The version of that vitest; undefined when none is installed. vitest 3 does not export its package.json. */
export function installedVitest(): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(vitestEntry());
  } catch {
    return undefined;
  }
  for (let up = path.dirname(dir); dir !== up; dir = up, up = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'vitest') return manifest.version;
    } catch {
      // no package.json at this level: keep walking up
    }
  }
  return undefined;
}

/** Whether `version` is in a caret range `^M.m.p`: same major, and not below it. */
export function inCaretRange(version: string, range: string): boolean {
  const parts = (text: string) => /(\d+)\.(\d+)\.(\d+)/u.exec(text)?.slice(1).map(Number);
  const [have, want] = [parts(version), parts(range)];
  if (!have || !want || have[0] !== want[0]) return false;
  const [, minor, patch] = have as [number, number, number];
  return minor > want[1]! || (minor === want[1] && patch >= want[2]!);
}

/** One line naming the versions that work, or undefined when `version` is one of them. */
export function unsupportedVitest(who: string, version: string | undefined): string | undefined {
  if (version !== undefined && inCaretRange(version, SUPPORTED_VITEST)) return undefined;
  const found = version === undefined ? 'vitest is not installed' : `this project has vitest ${version}`;
  const lowest = SUPPORTED_VITEST.replace(/^\^/u, '');
  const works = `${SUPPORTED_VITEST} (${lowest} or a later ${lowest.split('.')[0]}.x)`;
  return `${who} needs vitest ${works}; ${found}: npm i -D vitest@${SUPPORTED_VITEST}`;
}

/** Said before vitest fails somewhere deep inside with no hint ("reading 'config'" on vitest 3). */
export function assertSupportedVitest(who: string): void {
  const problem = unsupportedVitest(who, installedVitest());
  if (problem) throw new HarnessError('UNSUPPORTED_VITEST', problem);
}
