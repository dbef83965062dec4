// The vitest range: one clear line for a consumer on another vitest, named from package.json's peer range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertSupportedVitest, inCaretRange, installedVitest, SUPPORTED_VITEST, unsupportedVitest } from '../../src/run/supportedVitest.js';
import { ROOT } from '../helpers/runCli.js';

const manifest = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8'));

describe('the supported vitest range', () => {
  it('is the peer range, and vitest is no runtime dependency (npm installs the peer, once)', () => {
    expect(SUPPORTED_VITEST).toBe('^4.1.12');
    expect(manifest.peerDependencies).toEqual({ vitest: '^4.1.12' });
    expect(manifest.dependencies.vitest).toBeUndefined();
  });

  it('finds the vitest this project resolves', () => {
    expect(installedVitest()).toBe(JSON.parse(readFileSync(`${ROOT}/node_modules/vitest/package.json`, 'utf8')).version);
  });

  it.each([
    ['4.1.12', true],
    ['4.2.0', true],
    ['4.1.11', false],
    ['4.0.18', false],
    ['3.2.7', false],
    ['5.0.0', false],
  ])('%s is in ^4.1.12: %s', (version, inside) => {
    expect(inCaretRange(version, '^4.1.12')).toBe(inside);
  });

  it('names the versions that work, in one line, for vitest 3 and for none', () => {
    expect(unsupportedVitest('apiconform/vitest', '3.2.7')).toBe(
      'apiconform/vitest needs vitest ^4.1.12 (4.1.12 or a later 4.x); this project has vitest 3.2.7: npm i -D vitest@^4.1.12',
    );
    expect(unsupportedVitest('apiconform run', undefined)).toBe(
      'apiconform run needs vitest ^4.1.12 (4.1.12 or a later 4.x); vitest is not installed: npm i -D vitest@^4.1.12',
    );
    expect(unsupportedVitest('apiconform/vitest', '4.1.12')).toBeUndefined();
    expect(() => assertSupportedVitest('apiconform/vitest')).not.toThrow();
  });
});
