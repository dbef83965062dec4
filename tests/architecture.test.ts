// The shape of src/, read from the files themselves: small files, and imports that only go down the
// pipeline (spec ← generate ← http ← checks ← run ← cli; diff just above spec; the emulator beside
// them, on spec, generate and http only), so that a reader can trust the folder list.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

const FILES = sourceFiles(SRC).map((file) => ({ path: relative(SRC, file), text: readFileSync(file, 'utf8') }));
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Files at the top of src that every stage may use: they import nothing of ours. */
const SHARED = ['checkIds.ts', 'errors.ts', 'prng.ts', 'target.ts'];
/** The public entry points: they gather every stage. */
const ENTRIES = ['index.ts', 'vitest.ts'];
const BELOW_CHECKS = ['spec', 'diff', 'generate', 'http'];
/** What each stage may import (besides itself and the shared files). */
const MAY_IMPORT: Record<string, string[]> = {
  spec: [],
  diff: ['spec'],
  generate: ['spec', 'diff'],
  http: ['spec', 'diff', 'generate'],
  checks: BELOW_CHECKS,
  run: [...BELOW_CHECKS, 'checks'],
  cli: [...BELOW_CHECKS, 'checks', 'run', 'emulator'],
  emulator: ['spec', 'generate', 'http'],
};

/** The part of src a path belongs to: its first folder, or the file itself at the top. */
const partOf = (path: string): string => path.split('/')[0]!;

const importsOf = (path: string, text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/gu)].map((match) =>
    relative(SRC, resolve(SRC, dirname(path), match[1]!)).replace(/\.js$/u, '.ts'),
  );

/** The imports that go the wrong way, as `from -> to` lines. */
function wrongImports(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) => {
    const from = partOf(path);
    if (ENTRIES.includes(from)) return [];
    return importsOf(path, text)
      .filter((target) => {
        const to = partOf(target);
        if (to === from) return false;
        if (SHARED.includes(from)) return !SHARED.includes(to);
        return !SHARED.includes(to) && !(MAY_IMPORT[from] ?? []).includes(to);
      })
      .map((target) => `${path} -> ${target}`);
  });
}

describe('architecture of src/', () => {
  it('has no file over 200 lines', () => {
    const large = FILES.filter(({ text }) => lineCount(text) > 200).map(({ path, text }) => `${path}: ${lineCount(text)}`);
    expect(large).toEqual([]);
  });

  it('has a median source file of at most 40 lines', () => {
    const sizes = FILES.map(({ text }) => lineCount(text)).sort((a, b) => a - b);
    const middle = sizes.length / 2;
    const median = sizes.length % 2 ? sizes[Math.floor(middle)]! : (sizes[middle - 1]! + sizes[middle]!) / 2;
    expect(FILES.length).toBeGreaterThan(100);
    expect(median).toBeLessThanOrEqual(40);
  });

  it('imports only down the pipeline', () => {
    expect(Object.keys(MAY_IMPORT).sort()).toEqual(
      [...new Set(FILES.map(({ path }) => partOf(path)))].filter((part) => !part.endsWith('.ts')).sort(),
    );
    expect(wrongImports(FILES)).toEqual([]);
  });

  it('sees a wrong import when there is one', () => {
    const files = [
      { path: 'http/x.ts', text: "import { judge } from '../checks/judge.js';\n" },
      { path: 'emulator/y.ts', text: "import type { RunSession } from '../run/session/RunSession.js';\n" },
      { path: 'errors.ts', text: "import { a } from './spec/a.js';\n" },
      { path: 'cli/z.ts', text: "const m = await import('../emulator/index.js');\nimport { b } from '../errors.js';\n" },
    ];
    expect(wrongImports(files)).toEqual([
      'http/x.ts -> checks/judge.ts',
      'emulator/y.ts -> run/session/RunSession.ts',
      'errors.ts -> spec/a.ts',
    ]);
  });
});
